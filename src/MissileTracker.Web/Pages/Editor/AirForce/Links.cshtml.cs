using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MissileTracker.Web.AirForce;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Localization;

namespace MissileTracker.Web.Pages.Editor.AirForce;

/// <summary>Candidate links between strikes and Air Force rows, best first, for editors to confirm or reject.</summary>
public sealed class LinksModel(AirForceCandidates candidates, AirForceLinkEditor editor) : PageModel
{
    public IReadOnlyList<AirForceCandidate> Candidates { get; private set; } = [];

    /// <summary>Only this strike's candidates, when given.</summary>
    [BindProperty(SupportsGet = true, Name = "strike")]
    public int? StrikeId { get; set; }

    /// <summary>Also candidates already decided.</summary>
    [BindProperty(SupportsGet = true, Name = "decided")]
    public bool ShowDecided { get; set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        Candidates = await candidates.ListAsync(StrikeId, undecidedOnly: !ShowDecided, ct);

    public async Task<IActionResult> OnPostAsync(int strikeId, int rowId, AirForceLinkDecision decision, CancellationToken ct)
    {
        switch (await editor.DecideAsync(strikeId, rowId, decision, EditingUser.From(User), ct))
        {
            case EditResult<AirForceLink>.Done:
                TempData["Message"] = decision == AirForceLinkDecision.Confirmed
                    ? Text.Format("Linked: the Air Force row {0} now shows on strike {1}.", rowId, strikeId)
                    : Text.Format("Rejected: row {0} is not about strike {1}.", rowId, strikeId);
                return RedirectToPage(new { strike = StrikeId, decided = ShowDecided ? true : (bool?)null });
            case EditResult<AirForceLink>.Invalid invalid:
                ModelState.AddModelError("", string.Join(" ", invalid.Errors.SelectMany(e => e.Value)));
                Response.StatusCode = StatusCodes.Status400BadRequest;
                await OnGetAsync(ct);
                return Page();
            default:
                return NotFound();
        }
    }
}
