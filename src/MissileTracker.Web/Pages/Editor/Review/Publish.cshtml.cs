using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Localization;
using MissileTracker.Web.Publishing;

namespace MissileTracker.Web.Pages.Editor.Review;

/// <summary>
/// Bulk publication (POST only; reviewers only by folder policy): the drafts ticked on the desk,
/// or a strike with its draft evidence. Each record is published on its own; the outcome of each
/// is listed on the desk.
/// </summary>
public sealed class PublishModel(PublishingService publishing) : PageModel
{
    /// <summary>TempData key of the per-record outcome lines the desk shows.</summary>
    public const string OutcomesKey = "PublicationOutcomes";

    /// <summary>The change log's limit for a reason.</summary>
    public const int MaxReasonLength = 1000;

    public IActionResult OnGet() => RedirectToPage("/Editor/Index");

    /// <param name="selected">Ticked records as <c>Kind:Id:Version</c>.</param>
    /// <param name="reason">One reason, recorded in each record's history.</param>
    /// <param name="strikeId">Set by the strike page's "publish with its drafts": that strike goes first, and its evidence only if it is published.</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<IActionResult> OnPostAsync(string[]? selected, string? reason, int? strikeId, CancellationToken ct)
    {
        if (TextCharacters.Problem(reason, multiLine: true) is { } problem)
        {
            TempData["Message"] = Text.Format("Nothing published: the reason: {0}", problem);
            return RedirectToPage("/Editor/Index");
        }

        if (reason?.Length > MaxReasonLength)
        {
            TempData["Message"] = Text.Format("Nothing published: the reason is longer than {0} characters.", MaxReasonLength.ToString("N0", System.Globalization.CultureInfo.CurrentCulture));
            return RedirectToPage("/Editor/Index");
        }

        var targets = (selected ?? []).Select(PublicationTarget.Parse).ToList();
        if (targets.Count == 0 || targets.Any(t => t is null))
        {
            TempData["Message"] = targets.Count == 0 ? Text.Of("Nothing published: no draft was selected.") : Text.Of("Nothing published: the selection was not understood; reload the desk.");
            return RedirectToPage("/Editor/Index");
        }

        var reviewer = EditingUser.From(User, reason);
        var picked = targets.OfType<PublicationTarget>().ToList();
        IReadOnlyList<PublicationOutcome> outcomes;
        if (strikeId is { } id && picked.FirstOrDefault(t => t is { Kind: "Strike" } && t.Id == id) is { } strike)
        {
            var drafts = picked.Where(t => t != strike).ToList();
            var result = await publishing.PublishStrikeWithDraftsAsync(id, strike.SeenVersion, drafts, reviewer, ct);
            outcomes = result is EditResult<IReadOnlyList<PublicationOutcome>>.Done done
                ? done.Value
                : [new PublicationOutcome(strike.Kind, id, false, PublishingService.Failure(result) ?? ""),
                    .. drafts.Select(d => new PublicationOutcome(d.Kind, d.Id, false, Text.Of("Not attempted: the strike was not published.")))];
        }
        else
        {
            outcomes = await publishing.PublishAllAsync(picked, reviewer, ct);
        }

        var published = outcomes.Count(o => o.Published);
        TempData["Message"] = published == outcomes.Count
            ? Text.Format("Published {0} of {1}.", published, outcomes.Count)
            : Text.Format("Published {0} of {1}; {2} not published (see below).", published, outcomes.Count, outcomes.Count - published);
        TempData[OutcomesKey] = outcomes.Select(o => o.Published ? Text.Format("{0} {1}: published.", RecordKinds.Name(o.Kind), o.Id) : Text.Format("{0} {1}: not published: {2}", RecordKinds.Name(o.Kind), o.Id, o.Detail)).ToArray();
        return RedirectToPage("/Editor/Index");
    }
}
