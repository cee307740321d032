using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MissileTracker.Web.Officials;

namespace MissileTracker.Web.Pages.Officials;

public sealed class DetailsModel(OfficialQueries officials) : PageModel
{
    public OfficialDetail Official { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await officials.GetAsync(id, ct) is not { } official)
        {
            return NotFound();
        }

        Official = official;
        return Page();
    }
}
