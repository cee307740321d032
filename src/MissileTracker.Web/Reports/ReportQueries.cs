using MissileTracker.Web.Publishing;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Sources;
using MissileTracker.Web.Statements;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.Reports;

public sealed class ReportQueries(TrackerDbContext db, SnapshotQueries snapshotQueries)
{
    public async Task<Page<ReportSummary>> ListAsync(ReportFilter filter, PageRequest page, CancellationToken ct)
    {
        var reports = filter.Apply(db.Reports.AsNoTracking());
        var total = await reports.CountAsync(ct);
        var rows = await reports.Skip(page.Skip).Take(page.PageSize)
            .Select(r => new { Report = r, StrikeCount = r.Strikes.Count, StatementCount = r.Statements.Count })
            .ToListAsync(ct);
        var items = rows.Select(x => ReportSummary.From(x.Report, x.StrikeCount, x.StatementCount)).ToList();
        return new Page<ReportSummary>(items, page, total);
    }

    /// <param name="id">The report's id.</param>
    /// <param name="staff">Staff also see drafts: the report's own and those of its strikes and statements.</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<ReportDetail?> GetAsync(int id, bool staff, CancellationToken ct)
    {
        var reports = db.Reports.VisibleTo(staff);
        var report = await reports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (report is null)
        {
            return null;
        }

        var strikes = db.Strikes.VisibleTo(staff);
        var strikesCovered = await strikes.AsNoTracking()
            .Where(s => s.Reports.Any(x => x.ReportId == id))
            .OrderByDescending(s => s.OccurredOn).ThenByDescending(s => s.Id)
            .ToListAsync(ct);
        var statements = db.Statements.VisibleTo(staff);
        var published = await statements.Where(s => s.Reports.Any(x => x.ReportId == id)).NewestFirst().WithEvidence().ToListAsync(ct);
        var snapshots = (await snapshotQueries.ForReportsAsync([id], staff, ct)).GetValueOrDefault(id) ?? [];
        var linkCheck = await db.LinkChecks.VisibleTo(staff).AsNoTracking().SingleOrDefaultAsync(c => c.ReportId == id, ct);
        return new ReportDetail(report.Id, report.Url?.AbsoluteUri, report.Outlet, report.Title, report.Byline, report.PublishedOn, report.Language,
            report.Cites, strikesCovered.Select(StrikeRef.From).ToList(), published.Select(StatementDto.From).ToList(), report.Status, report.Version,
            report.ArchiveUrl?.AbsoluteUri, snapshots, linkCheck is null ? null : LinkCheckDto.From(linkCheck));
    }
}
