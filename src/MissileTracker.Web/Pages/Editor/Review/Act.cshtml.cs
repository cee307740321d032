using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Localization;
using MissileTracker.Web.Pages.Shared;
using MissileTracker.Web.Publishing;

namespace MissileTracker.Web.Pages.Editor.Review;

/// <summary>A reviewer's publish / unpublish / delete / restore button (POST only; reviewers only by folder policy).</summary>
public sealed class ActModel(PublishingService publishing) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Editor/Index");

    public async Task<IActionResult> OnPostAsync(string kind, int id, PublicationAction action, string? reason, CancellationToken ct)
    {
        // No form offers a reason here yet, but a posted one goes into the history: the text rule applies to it too.
        if (TextCharacters.Problem(reason, multiLine: true) is { } problem)
        {
            TempData["Message"] = Text.Format("{0} {1}: not changed: {2}", RecordKinds.Name(kind), id, problem);
            return RedirectToPage("/Editor/Index");
        }

        var reviewer = EditingUser.From(User, reason);
        var (outcome, page) = kind switch
        {
            "Strike" => (Describe(await publishing.ApplyToStrikeAsync(id, action, reviewer, ct)), "/Editor/Strikes/Edit"),
            "Report" => (Describe(await publishing.ApplyToReportAsync(id, action, reviewer, ct)), "/Editor/Reports/Edit"),
            "Statement" => (Describe(await publishing.ApplyToStatementAsync(id, action, reviewer, ct)), "/Editor/Statements/Edit"),
            "Place" => (Describe(await publishing.ApplyToPlaceAsync(id, action, reviewer, ct)), "/Editor/Places/Index"),
            "EvidenceRecord" => (Describe(await publishing.ApplyToEvidenceAsync(id, action, reviewer, ct)), "/Editor/Evidence/Edit"),
            _ => ((string?)null, ""),
        };
        if (outcome is null)
        {
            return NotFound();
        }

        TempData["Message"] = $"{RecordKinds.Name(kind)} {id}: {outcome}";
        return action == PublicationAction.Delete ? RedirectToPage("/Editor/Index") : RedirectToPage(page, new { id });
    }

    private static string? Describe<T>(EditResult<T> result) => result switch
    {
        EditResult<T>.Done done when done.Value is IPublishable record => record.DeletedAt is not null ? Text.Of("deleted.") : Text.Format("now {0}.", Labels.Of(record.Status)),
        EditResult<T>.Invalid invalid => Text.Format("not changed: {0}", string.Join(" ", invalid.Errors.Values.SelectMany(v => v))),
        EditResult<T>.Forbidden forbidden => forbidden.Detail,
        _ => null,
    };
}
