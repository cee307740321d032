using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Reports;

namespace MissileTracker.Web.Pages.Reports;

public sealed class DetailsModel(ReportQueries reports) : PageModel
{
    public ReportDetail Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await reports.GetAsync(id, User.IsStaff(), ct) is not { } report)
        {
            return NotFound();
        }

        Report = report;
        return Page();
    }
}
