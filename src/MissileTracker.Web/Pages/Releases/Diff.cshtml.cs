using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MissileTracker.Web.Releases;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.Pages.Releases;

/// <summary>What changed between two releases: strikes added, removed and changed, field by field.</summary>
public sealed class DiffModel(ReleaseStore store, StrikeQueries strikes) : PageModel
{
    public ReleaseDiff Diff { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync([FromQuery] string? from, [FromQuery] string? to, CancellationToken ct)
    {
        if (from is null || to is null)
        {
            return RedirectToPage("/Releases/Index");
        }

        if (store.Find(from) is not { } older || store.Find(to) is not { } newer)
        {
            return NotFound();
        }

        Diff = await ReleaseDiffer.DiffAsync(older, newer, strikes.MergeTargetsAsync, ct);
        return Page();
    }
}
