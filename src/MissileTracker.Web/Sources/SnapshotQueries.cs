using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Publishing;

namespace MissileTracker.Web.Sources;

/// <summary>The snapshots of reports, as the report page, the strike page and the API show them.</summary>
public sealed class SnapshotQueries(TrackerDbContext db)
{
    /// <summary>Each report's snapshots, oldest first; a report without any is absent.</summary>
    /// <param name="reportIds">The reports.</param>
    /// <param name="staff">Staff also see drafts' snapshots.</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<SnapshotDto>>> ForReportsAsync(IReadOnlyCollection<int> reportIds, bool staff, CancellationToken ct)
    {
        var rows = await db.ReportSnapshots.VisibleTo(staff).AsNoTracking()
            .Where(s => reportIds.Contains(s.ReportId))
            .OrderBy(s => s.CapturedAt).ThenBy(s => s.Id)
            .ToListAsync(ct);
        return rows.GroupBy(s => s.ReportId).ToDictionary(g => g.Key, g => (IReadOnlyList<SnapshotDto>)g.Select(SnapshotDto.From).ToList());
    }
}
