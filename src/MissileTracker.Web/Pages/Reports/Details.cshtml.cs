using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Reports;

namespace MissileTracker.Web.Pages.Reports;

public sealed class DetailsModel(ReportQueries reports, MissileTracker.Web.Data.TrackerDbContext db) : PageModel
{
    public ReportDetail Report { get; private set; } = null!;

    /// <summary>The report's changes, snapshots attached included (the public sees changes to published content).</summary>
    public IReadOnlyList<MissileTracker.Web.History.HistoryEntry> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await reports.GetAsync(id, User.IsStaff(), ct) is not { } report)
        {
            return NotFound();
        }

        Report = report;
        History = await MissileTracker.Web.History.ChangeHistory.HistoryOfAsync(db, nameof(MissileTracker.Web.Reports.Report), id, User.IsStaff(), ct);
        return Page();
    }
}
