using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Reports;
using MissileTracker.Web.Statements;

namespace MissileTracker.Web.Pages.Outlets;

/// <summary>An outlet: its reports and, as a timeline, the statements published in them (published records only).</summary>
public sealed class DetailsModel(TrackerDbContext db) : PageModel
{
    public string Outlet { get; private set; } = "";
    public IReadOnlyList<ReportRef> Reports { get; private set; } = [];
    public IReadOnlyList<StatementDto> Statements { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string outlet, CancellationToken ct)
    {
        var reports = await db.Reports.AsNoTracking().Where(r => r.Outlet == outlet)
            .OrderBy(r => r.PublishedOn == null).ThenBy(r => r.PublishedOn).ThenBy(r => r.Id)
            .ToListAsync(ct);
        if (reports.Count == 0)
        {
            return NotFound();
        }

        Outlet = reports[0].Outlet;
        Reports = reports.Select(ReportRef.From).ToList();
        Statements = (await db.Statements.AsNoTracking()
                .Where(s => s.Reports.Any(r => r.Report.Outlet == outlet))
                .WithEvidence()
                .ToListAsync(ct))
            .Select(StatementDto.From)
            .ToList();
        return Page();
    }
}
