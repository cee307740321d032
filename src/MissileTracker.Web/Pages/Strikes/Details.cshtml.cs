using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.Pages.Strikes;

/// <summary>One strike with every source's statement side by side and the reports covering it.</summary>
public sealed class DetailsModel(StrikeQueries strikes) : PageModel
{
    public StrikeDetail Strike { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await strikes.GetAsync(id, User.IsStaff(), ct) is not { } strike)
        {
            return NotFound();
        }

        Strike = strike;
        return Page();
    }
}
