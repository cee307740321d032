using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Api;
using MissileTracker.Web.Data;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.AirForce;

/// <summary>Reads of the Air Force rows: the list and its CSV, the rows confirmed for a strike, and the monthly timeline.</summary>
public sealed class AirForceQueries(TrackerDbContext db)
{
    public IQueryable<AirForceReportRow> Matching(AirForceFilter filter)
    {
        var rows = db.AirForceReportRows.AsNoTracking();
        if (!filter.IncludeVanished)
        {
            rows = rows.Where(r => r.VanishedAt == null);
        }

        if (filter.From is { } from)
        {
            rows = rows.Where(r => r.Report.EndsOn >= from);
        }

        if (filter.To is { } to)
        {
            rows = rows.Where(r => r.Report.StartsOn <= to);
        }

        if (filter.NorthKorean.Count > 0)
        {
            var readings = filter.NorthKorean.ToList();
            rows = rows.Where(r => readings.Contains(r.NorthKorean));
        }

        if (filter.Oblasts.Count > 0)
        {
            // "|Kharkiv|" in TargetOblastKeys, OR-ed over the oblasts asked for, or a target of "Ukraine".
            var row = Expression.Parameter(typeof(AirForceReportRow), "r");
            Expression any = Expression.Property(row, nameof(AirForceReportRow.TargetsUkraine));
            var contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
            foreach (var key in filter.Oblasts.Distinct().Select(o => $"|{o}|"))
            {
                any = Expression.OrElse(any, Expression.Call(Expression.Property(row, nameof(AirForceReportRow.TargetOblastKeys)), contains, Expression.Constant(key)));
            }

            rows = rows.Where(Expression.Lambda<Func<AirForceReportRow, bool>>(any, row));
        }

        if (filter.StrikeId is { } strikeId)
        {
            // The links' named query filters leave only published strikes' links.
            rows = rows.Where(r => db.AirForceLinks.Any(l => l.RowId == r.Id && l.StrikeId == strikeId && l.Decision == AirForceLinkDecision.Confirmed));
        }

        return rows;
    }

    /// <summary>Newest window first, then the row's place in the dataset.</summary>
    private static IOrderedQueryable<AirForceReportRow> Ordered(IQueryable<AirForceReportRow> rows) =>
        rows.OrderByDescending(r => r.Report.StartsOn).ThenByDescending(r => r.Report.StartTime).ThenBy(r => r.Id);

    public async Task<Page<AirForceRowDto>> ListAsync(AirForceFilter filter, PageRequest page, CancellationToken ct)
    {
        var matching = Matching(filter);
        var total = await matching.CountAsync(ct);
        var rows = await Ordered(matching).Include(r => r.Report).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        var links = await ConfirmedStrikesAsync(rows.Select(r => r.Id).ToList(), ct);
        return new Page<AirForceRowDto>(rows.Select(r => AirForceRowDto.From(r, links[r.Id].ToList())).ToList(), page, total);
    }

    /// <summary>The published strikes confirmed for each of the rows.</summary>
    private async Task<ILookup<int, int>> ConfirmedStrikesAsync(List<int> rowIds, CancellationToken ct) =>
        (await db.AirForceLinks.AsNoTracking()
            .Where(l => l.Decision == AirForceLinkDecision.Confirmed && rowIds.Contains(l.RowId))
            .OrderBy(l => l.StrikeId)
            .Select(l => new { l.RowId, l.StrikeId })
            .ToListAsync(ct))
        .ToLookup(l => l.RowId, l => l.StrikeId);

    /// <summary>The rows an editor confirmed for a strike (visible when the strike is), for its page and its API detail.</summary>
    public static async Task<IReadOnlyList<AirForceStrikeReport>> ForStrikeAsync(TrackerDbContext db, int strikeId, bool staff, CancellationToken ct) =>
        (await db.AirForceReportRows.AsNoTracking().Include(r => r.Report)
            .Where(r => db.AirForceLinks.VisibleTo(staff).Any(l => l.RowId == r.Id && l.StrikeId == strikeId && l.Decision == AirForceLinkDecision.Confirmed))
            .OrderBy(r => r.Report.StartsOn).ThenBy(r => r.Id)
            .ToListAsync(ct))
        .Select(AirForceStrikeReport.From)
        .ToList();

    /// <summary>
    /// Per month (by the window's first day), launches under confirmed-North-Korean and under ambiguous labels as two
    /// series, and the tracker's published strikes; every month from the first to the last of either, so gaps show.
    /// </summary>
    public async Task<IReadOnlyList<AirForceMonth>> MonthlyAsync(CancellationToken ct)
    {
        var rows = await db.AirForceReportRows.AsNoTracking()
            .Where(r => r.VanishedAt == null && r.NorthKorean != NorthKoreanReading.None)
            .GroupBy(r => new { r.Report.StartsOn.Year, r.Report.StartsOn.Month, r.NorthKorean })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.NorthKorean, Launched = g.Sum(r => r.Launched ?? 0), Rows = g.Count() })
            .ToListAsync(ct);
        var strikes = await db.Strikes.AsNoTracking()
            .GroupBy(s => new { s.OccurredOn.Year, s.OccurredOn.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() })
            .ToListAsync(ct);
        var months = rows.Select(r => new DateOnly(r.Year, r.Month, 1)).Concat(strikes.Select(s => new DateOnly(s.Year, s.Month, 1))).ToList();
        if (months.Count == 0)
        {
            return [];
        }

        var result = new List<AirForceMonth>();
        for (var month = months.Min(); month <= months.Max(); month = month.AddMonths(1))
        {
            var m = month;
            var confirmed = rows.Where(r => r.Year == m.Year && r.Month == m.Month && r.NorthKorean == NorthKoreanReading.Confirmed).ToList();
            var possible = rows.Where(r => r.Year == m.Year && r.Month == m.Month && r.NorthKorean == NorthKoreanReading.Possible).ToList();
            result.Add(new AirForceMonth(
                m.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                confirmed.Sum(r => r.Launched), possible.Sum(r => r.Launched), confirmed.Sum(r => r.Rows), possible.Sum(r => r.Rows),
                strikes.Where(s => s.Year == m.Year && s.Month == m.Month).Sum(s => s.Count)));
        }

        return result;
    }

    /// <summary><c>airforce-reports.csv</c>: every matching row, in the list's order, streamed.</summary>
    public async Task<CsvResult> CsvAsync(AirForceFilter filter, bool escapeFormulas, CancellationToken ct)
    {
        var matching = Matching(filter);
        var count = await matching.CountAsync(ct);
        var changed = await matching.MaxAsync(r => (DateTime?)r.UpdatedAt, ct);
        var decided = await db.AirForceLinks.MaxAsync(l => (DateTime?)l.DecidedAt, ct);
        var version = new DataVersion(count, changed > decided || decided is null ? changed : decided);
        return new CsvResult(version, (body, token) => CsvTable.WriteAsync(AirForceCsvExport.Columns, CsvRows(filter), body, escapeFormulas, token))
        {
            Headers = { ["Content-Disposition"] = "attachment; filename=\"airforce-reports.csv\"" },
        };
    }

    private async IAsyncEnumerable<AirForceRowDto> CsvRows(AirForceFilter filter)
    {
        // In pages of 1,000, so memory stays flat; each page's links in one query.
        for (var skip = 0; ; skip += 1000)
        {
            var rows = await Ordered(Matching(filter)).Include(r => r.Report).Skip(skip).Take(1000).ToListAsync();
            if (rows.Count == 0)
            {
                yield break;
            }

            var links = await ConfirmedStrikesAsync(rows.Select(r => r.Id).ToList(), CancellationToken.None);
            foreach (var row in rows)
            {
                yield return AirForceRowDto.From(row, links[row.Id].ToList());
            }
        }
    }
}
