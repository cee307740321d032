using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.Import;

/// <summary>
/// Finds which rows of an import are stored already. For each batch of <see cref="Importer.BatchSize"/>
/// rows, one query loads the stored candidates (at most two for reports: with and without a URL),
/// and the rows are matched against them in a hash set, so an import costs O(rows). A query per
/// row, and a scan of the change tracker per row, made a 20,000-row dry run take 587 s
/// (docs/performance.md).
/// </summary>
internal static class StoredRows
{
    /// <summary>Ids of the stored reports the batch names, by the batch's report key.</summary>
    /// <remarks>A report is the same one when its URL is; without a URL, when outlet, title and publication date are.</remarks>
    public static async Task<Dictionary<string, int>> ReportsAsync(TrackerDbContext db, IReadOnlyList<ImportedReport> reports, CancellationToken ct)
    {
        var stored = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var batch in reports.Chunk(Importer.BatchSize))
        {
            var withUrl = batch.Where(r => InputText.Clean(r.Report.Url) is not null).Select(r => (Key: r.Key!, Url: new Uri(r.Report.Url!.Trim()))).ToList();
            if (withUrl.Count > 0)
            {
                var urls = withUrl.Select(r => r.Url).ToList();
                var found = await db.Reports.IgnoreQueryFilters().AsNoTracking()
                    .Where(r => urls.Contains(r.Url!))
                    .Select(r => new { r.Id, r.Url })
                    .ToListAsync(ct);
                // Keyed by the text the database stores and compares (Uri.ToString()).
                var ids = found.ToDictionary(r => r.Url!.ToString(), r => r.Id, StringComparer.Ordinal);
                foreach (var (key, url) in withUrl)
                {
                    if (ids.TryGetValue(url.ToString(), out var id))
                    {
                        stored[key] = id;
                    }
                }
            }

            var withoutUrl = batch.Where(r => InputText.Clean(r.Report.Url) is null)
                .Select(r => (Key: r.Key!, Match: (Outlet: r.Report.Outlet!.Trim(), Title: r.Report.Title!.Trim(), r.Report.PublishedOn)))
                .ToList();
            if (withoutUrl.Count > 0)
            {
                var outlets = withoutUrl.Select(r => r.Match.Outlet).Distinct().ToList();
                var titles = withoutUrl.Select(r => r.Match.Title).Distinct().ToList();
                var found = await db.Reports.IgnoreQueryFilters().AsNoTracking()
                    .Where(r => r.Url == null && outlets.Contains(r.Outlet) && titles.Contains(r.Title))
                    .Select(r => new { r.Id, r.Outlet, r.Title, r.PublishedOn })
                    .ToListAsync(ct);
                var ids = new Dictionary<(string, string, DateOnly?), int>();
                foreach (var report in found.OrderBy(r => r.Id))
                {
                    ids.TryAdd((report.Outlet, report.Title, report.PublishedOn), report.Id);
                }

                foreach (var (key, match) in withoutUrl)
                {
                    if (ids.TryGetValue(match, out var id))
                    {
                        stored[key] = id;
                    }
                }
            }
        }

        return stored;
    }

    /// <summary>
    /// The strike rows to create, with their weapon ids, in batch order. A row is left out when a
    /// stored strike that is not deleted, or an earlier row of the batch, has the same date,
    /// date precision, place, weapon and summary.
    /// </summary>
    public static async Task<List<(ImportedStrike Row, int WeaponId)>> NewStrikesAsync(
        TrackerDbContext db, IReadOnlyList<ImportedStrike> strikes, IReadOnlyDictionary<string, int> weapons, CancellationToken ct)
    {
        var known = new HashSet<StrikeKey>();
        var created = new List<(ImportedStrike Row, int WeaponId)>();
        foreach (var batch in strikes.Chunk(Importer.BatchSize))
        {
            var rows = batch.Select(row => (Row: row, Key: StrikeKey.Of(row.Strike, weapons[ImportValidation.WeaponCode(row.Strike.MissileType!)]))).ToList();
            var dates = rows.Select(r => r.Key.Date).Distinct().ToList();
            var summaries = rows.Select(r => r.Key.Summary).Distinct().ToList();
            known.UnionWith(await db.Strikes.StaffView().AsNoTracking()
                .Where(s => dates.Contains(s.OccurredOn) && summaries.Contains(s.Summary))
                .Select(s => new StrikeKey(s.OccurredOn, s.DatePrecision, s.Oblast, s.Settlement, s.District, s.WeaponId, s.Summary))
                .ToListAsync(ct));
            foreach (var (row, key) in rows)
            {
                if (known.Add(key))
                {
                    created.Add((row, key.WeaponId));
                }
            }
        }

        return created;
    }

    /// <summary>What makes two strikes the same for an import, compared ordinally as the database does.</summary>
    private readonly record struct StrikeKey(DateOnly Date, DatePrecision Precision, Oblast? Oblast, string? Settlement, string? District, int WeaponId, string Summary)
    {
        /// <summary>The key of the strike <see cref="StrikeEditor.Apply"/> would store for <paramref name="input"/>.</summary>
        public static StrikeKey Of(StrikeInput input, int weaponId)
        {
            var date = new StrikeDate(input.Date!.Value, input.DatePrecision!.Value).Normalized();
            return new StrikeKey(date.Date, date.Precision, input.Oblast, InputText.Clean(input.Settlement), InputText.Clean(input.District), weaponId, input.Summary!.Trim());
        }
    }
}
