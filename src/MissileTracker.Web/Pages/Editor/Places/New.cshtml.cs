using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Localization;
using MissileTracker.Web.Pages.Shared;
using MissileTracker.Web.Places;

namespace MissileTracker.Web.Pages.Editor.Places;

/// <summary>Add a place the gazetteer lacks: names, oblast, district, and its point picked on the map.</summary>
public sealed class NewModel(PlaceEditor editor, IConfiguration configuration) : PageModel
{
    [BindProperty]
    public PlaceInput Input { get; set; } = new();

    public MapSettings Map { get; } = MapSettings.From(configuration);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            ModelState.AddAllInputErrors(Input, HttpContext.RequestServices);
            return Page();
        }

        switch (await editor.CreateAsync(Input, EditingUser.From(User, null), ct))
        {
            case EditResult<Place>.Done done:
                var place = done.Value;
                TempData["Message"] = Text.Format("Place added: {0}, draft until a reviewer publishes it. Strike forms now find it by name.", PlaceCandidate.Of(place).Label);
                return RedirectToPage();
            case EditResult<Place>.Invalid invalid:
                ModelState.AddEditErrors(invalid.Errors);
                return Page();
            default:
                return BadRequest();
        }
    }
}
