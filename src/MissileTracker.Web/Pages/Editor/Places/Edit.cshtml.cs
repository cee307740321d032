using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Geography;
using MissileTracker.Web.History;
using MissileTracker.Web.Localization;
using MissileTracker.Web.Pages.Shared;
using MissileTracker.Web.Places;
using MissileTracker.Web.Publishing;

namespace MissileTracker.Web.Pages.Editor.Places;

/// <summary>
/// Edit a place an editor added: names, oblast, district and its point. A place from the shipped
/// gazetteer (GeoNames) is shown read-only: it is reference data, not the tracker's to change.
/// </summary>
public sealed class EditModel(TrackerDbContext db, PlaceEditor editor, IConfiguration configuration) : PageModel
{
    [BindProperty]
    public PlaceInput Input { get; set; } = new();

    /// <summary>The version the form was opened at: a save over a newer one is refused as a conflict.</summary>
    [BindProperty]
    public int? Version { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public Place? Place { get; private set; }

    public MapSettings Map { get; } = MapSettings.From(configuration);

    public IReadOnlyList<HistoryEntry> History { get; private set; } = [];

    public string? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var p = Place!;
        Input = new PlaceInput
        {
            Name = p.Name, NameUk = p.NameUk, Oblast = p.Oblast, Raion = p.Raion, CityDistrict = p.CityDistrict,
            Latitude = p.Latitude, Longitude = p.Longitude,
        };
        Version = p.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            ModelState.AddAllInputErrors(Input, HttpContext.RequestServices);
            return Page();
        }

        switch (await editor.UpdateAsync(id, Input, Version, EditingUser.From(User, Reason), ct))
        {
            case EditResult<Place>.Done done:
                TempData["Message"] = Text.Format("Place saved: {0}.", PlaceCandidate.Of(done.Value).Label);
                return RedirectToPage(new { id });
            case EditResult<Place>.Invalid invalid:
                ModelState.AddEditErrors(invalid.Errors);
                return Page();
            case EditResult<Place>.Forbidden forbidden:
                ModelState.AddModelError(string.Empty, forbidden.Detail);
                return Page();
            case EditResult<Place>.Conflict conflict:
                Conflict = conflict.Detail;
                ModelState.Remove(nameof(Version));
                Version = conflict.CurrentVersion;
                // The newer save is shown in the history below; reload it so it is there.
                History = await db.HistoryOfAsync(nameof(Place), id, staff: true, ct);
                return Page();
            default:
                return NotFound();
        }
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        Place = await db.Places.StaffView().AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (Place is null)
        {
            return false;
        }

        History = await db.HistoryOfAsync(nameof(Place), id, staff: true, ct);
        return true;
    }
}
