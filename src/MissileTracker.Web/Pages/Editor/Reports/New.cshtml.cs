using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Localization;
using MissileTracker.Web.Pages.Shared;
using MissileTracker.Web.Reports;

namespace MissileTracker.Web.Pages.Editor.Reports;

/// <summary>Step one of entering evidence: the news report. A URL already stored leads to that report.</summary>
public sealed class NewModel(ReportEditor reports) : PageModel
{
    [BindProperty]
    public ReportInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string? url, CancellationToken ct)
    {
        if (await reports.FindByUrlAsync(url, ct) is { DeletedAt: not null } deleted)
        {
            TempData["Message"] = Text.Format("This article is stored as report {0}, which is deleted; a reviewer can restore it from the list below.", deleted.Id);
            return RedirectToPage("/Editor/Index");
        }

        if (await reports.FindByUrlAsync(url, ct) is { } existing)
        {
            TempData["Message"] = Text.Format("This article is already stored as report {0}; you are looking at it.", existing.Id);
            return RedirectToPage("/Editor/Reports/Edit", new { id = existing.Id });
        }

        Input.Url = url;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            ModelState.AddAllInputErrors(Input, HttpContext.RequestServices);
            return Page();
        }

        switch (await reports.CreateAsync(Input, EditingUser.From(User, Input.Reason), ct))
        {
            case EditResult<Report>.Done done:
                TempData["Message"] = Text.Of("Report saved as a draft. Now add the strikes it covers and the statements it quotes.");
                return RedirectToPage("/Editor/Reports/Edit", new { id = done.Value.Id });
            case EditResult<Report>.Duplicate duplicate:
                TempData["Message"] = Text.Format("This article is already stored as report {0}; you are looking at it.", duplicate.ExistingId);
                return RedirectToPage("/Editor/Reports/Edit", new { id = duplicate.ExistingId });
            case EditResult<Report>.Invalid invalid:
                ModelState.AddEditErrors(invalid.Errors);
                return Page();
            default:
                return BadRequest();
        }
    }
}
