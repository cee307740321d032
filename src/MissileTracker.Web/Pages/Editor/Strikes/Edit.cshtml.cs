using System.ComponentModel.DataAnnotations;
using System.Reflection;
using MissileTracker.Web.Publishing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Localization;
using MissileTracker.Web.Places;
using MissileTracker.Web.History;
using MissileTracker.Web.Pages.Shared;
using MissileTracker.Web.Strikes;
using MissileTracker.Web.Weapons;

namespace MissileTracker.Web.Pages.Editor.Strikes;

/// <summary>Create a strike (from a report) or edit one; a stale save shows the other editor's change.</summary>
public sealed class EditModel(TrackerDbContext db, WeaponList weaponList, StrikeEditor strikes, PublishingService publishing, Gazetteer gazetteer, IConfiguration configuration) : PageModel
{
    [BindProperty]
    public StrikeInput Input { get; set; } = new();

    public Strike? Strike { get; private set; }
    public Web.Reports.Report? FromReport { get; private set; }
    public IReadOnlyList<WeaponDto> Weapons { get; private set; } = [];
    public IReadOnlyList<HistoryEntry> History { get; private set; } = [];
    public IReadOnlyList<(string Field, string? Stored, string? Yours)> ConflictingFields { get; private set; } = [];
    public string? Conflict { get; private set; }
    public MapSettings Map { get; } = MapSettings.From(configuration);

    /// <summary>The stored place the form names (its id in Input.PlaceId), shown under the settlement field.</summary>
    public PlaceCandidate? ChosenPlace { get; private set; }

    /// <summary>A draft strike's draft reports and statements, offered to a reviewer to publish with it.</summary>
    public IReadOnlyList<PublicationTarget> DraftEvidence { get; private set; } = [];

    /// <summary>Stored strikes that may be the same event (a warning; saving is never blocked by it).</summary>
    public IReadOnlyList<LikelyDuplicate> Duplicates { get; private set; } = [];

    /// <summary>What the form shows for each of Input.OtherPlaces, in order: the place's label (null when the id or key names nothing).</summary>
    public IReadOnlyList<string?> OtherPlaceLabels { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, int? reportId, CancellationToken ct)
    {
        if (!await LoadAsync(id, reportId, ct))
        {
            return NotFound();
        }

        Input = Strike is null
            ? new StrikeInput { DatePrecision = DatePrecision.Day, LocationPrecision = LocationPrecision.Settlement, OriginStatus = OriginStatus.ReportedByOfficials }
            : await StoredInputAsync(Strike, ct);
        await LoadChosenPlaceAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, int? reportId, CancellationToken ct)
    {
        if (!await LoadAsync(id, reportId, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            ModelState.AddAllInputErrors(Input, HttpContext.RequestServices);
            await LoadChosenPlaceAsync(ct);
            return Page();
        }

        // The form always shows the further places, so what it posts is the full set: none posted means all removed.
        Input.OtherPlaces ??= [];
        var user = EditingUser.From(User, Input.Reason);
        if (Strike is null)
        {
            Input.ReportIds = FromReport is null ? [] : [FromReport.Id];
        }
        else
        {
            Input.ReportIds = null;
        }

        var result = Strike is null ? await strikes.CreateAsync(Input, user, ct) : await strikes.UpdateAsync(Strike.Id, Input, user, ct);
        switch (result)
        {
            case EditResult<Strike>.Done done:
                TempData["Message"] = Strike is null ? Text.Of("Strike saved as a draft.") : Text.Of("Strike saved.");
                // A new strike that may duplicate a stored one opens on its own page, where the warning and links are.
                if (Strike is null && (await db.LikelyDuplicatesAsync(done.Value, ct)).Count > 0)
                {
                    TempData["Message"] = Text.Of("Strike saved as a draft. It may duplicate a stored strike: check the list below.");
                    return RedirectToPage(new { id = done.Value.Id });
                }

                return FromReport is not null
                    ? RedirectToPage("/Editor/Reports/Edit", new { id = FromReport.Id })
                    : RedirectToPage(new { id = done.Value.Id });
            case EditResult<Strike>.Invalid invalid:
                ModelState.AddEditErrors(invalid.Errors);
                await LoadChosenPlaceAsync(ct);
                return Page();
            case EditResult<Strike>.Forbidden forbidden:
                ModelState.AddModelError(string.Empty, forbidden.Detail);
                await LoadChosenPlaceAsync(ct);
                return Page();
            case EditResult<Strike>.Conflict conflict:
                var stored = await db.Strikes.IgnoreQueryFilters().AsNoTracking().Include(s => s.Reports).Include(s => s.Places).SingleAsync(s => s.Id == Strike!.Id, ct);
                var storedInput = await StoredInputAsync(stored, ct);
                Conflict = conflict.Detail;
                ConflictingFields = StrikeInputMapping.Differences(storedInput, Input).Select(d => (FieldLabel(d.Field), d.Stored, d.Yours)).ToList();
                // The next save is based on what is stored now; the editor's entries stay in the form.
                ModelState.Remove("Input.Version");
                Input.Version = stored.Version;
                await LoadChosenPlaceAsync(ct);
                return Page();
            default:
                return NotFound();
        }
    }

    // The conflict table names a field as its form label does ("MissilesLaunched" → "Missiles launched"), in the page's language.
    private static string FieldLabel(string property) =>
        typeof(StrikeInput).GetProperty(property)?.GetCustomAttribute<DisplayAttribute>()?.GetName() is { } name ? Text.Of(name) : property;

    private async Task LoadChosenPlaceAsync(CancellationToken ct)
    {
        if (Input.PlaceId is { } placeId && await db.Places.StaffView().AsNoTracking().SingleOrDefaultAsync(p => p.Id == placeId, ct) is { } place)
        {
            ChosenPlace = PlaceCandidate.Of(place);
        }

        var others = Input.OtherPlaces ?? [];
        var ids = others.Where(o => o.PlaceId is not null).Select(o => o.PlaceId!.Value).ToList();
        var stored = await db.Places.StaffView().AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        OtherPlaceLabels = others.Select(o =>
            o.PlaceId is { } placeId ? (stored.TryGetValue(placeId, out var place) ? PlaceCandidate.Of(place).Label : null)
            : o.GazetteerKey is { } key && gazetteer.Find(key) is { } g ? PlaceCandidate.Of(g, null, null).Label
            : null).ToList();
    }

    private async Task<StrikeInput> StoredInputAsync(Strike strike, CancellationToken ct)
    {
        var code = await db.Weapons.Where(w => w.Id == strike.WeaponId).Select(w => w.Code).SingleAsync(ct);
        return strike.ToInput(code, strike.Reports.Select(r => r.ReportId));
    }

    private async Task<bool> LoadAsync(int? id, int? reportId, CancellationToken ct)
    {
        Weapons = await weaponList.AllAsync(ct);
        if (reportId is { } rid)
        {
            FromReport = await db.Reports.StaffView().AsNoTracking().SingleOrDefaultAsync(r => r.Id == rid, ct);
            if (FromReport is null)
            {
                return false;
            }
        }

        if (id is { } strikeId)
        {
            Strike = await db.Strikes.StaffView().AsNoTracking().Include(s => s.Reports).Include(s => s.Places)
                .SingleOrDefaultAsync(s => s.Id == strikeId, ct);
            if (Strike is null)
            {
                return false;
            }

            History = await db.HistoryOfAsync(nameof(Strike), strikeId, staff: true, ct);
            Duplicates = await db.LikelyDuplicatesAsync(Strike, ct);
            if (Strike.Status == PublicationStatus.Draft && User.IsInRole(Accounts.Roles.Reviewer))
            {
                DraftEvidence = await publishing.DraftEvidenceOfStrikeAsync(strikeId, ct);
            }
        }

        return true;
    }
}
