using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Localization;
using MissileTracker.Web.Pages.Shared;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.Pages.Editor.Review;

/// <summary>A reviewer merges a strike entered twice into the one that stays (reviewers only by folder policy).</summary>
public sealed class MergeModel(TrackerDbContext db, StrikeMerger merger) : PageModel
{
    [BindProperty]
    public MergeInput Input { get; set; } = new();

    /// <summary>The strike that will become a tombstone.</summary>
    public Strike Strike { get; private set; } = null!;

    /// <summary>Stored strikes that may be the same event: the usual choices of survivor.</summary>
    public IReadOnlyList<LikelyDuplicate> Duplicates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, int? into, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input.Into = into;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!Input.Confirm)
        {
            ModelState.AddModelError("Input.Confirm", Text.Of("Tick the box to confirm that both strikes are the same event."));
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        switch (await merger.MergeAsync(id, Input.Into, EditingUser.From(User, Input.Reason), ct))
        {
            case EditResult<Strike>.Done done:
                TempData["Message"] = Text.Format("Strike {0} merged into strike {1}: its statements, reports and places are there now; /strikes/{0} leads there.", id, done.Value.Id);
                return RedirectToPage("/Editor/Strikes/Edit", new { id = done.Value.Id });
            case EditResult<Strike>.Invalid invalid:
                ModelState.AddEditErrors(invalid.Errors);
                return Page();
            case EditResult<Strike>.Conflict conflict:
                ModelState.AddModelError(string.Empty, conflict.Detail);
                return Page();
            default:
                return NotFound();
        }
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await db.Strikes.StaffView().AsNoTracking().Include(s => s.Weapon).SingleOrDefaultAsync(s => s.Id == id, ct) is not { } strike)
        {
            return false;
        }

        Strike = strike;
        Duplicates = await db.LikelyDuplicatesAsync(strike, ct);
        return true;
    }
}
