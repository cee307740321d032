using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.Stats;

/// <summary>
/// Aggregates over <see cref="StrikeQueries.Matching"/>: the same strikes the list and exports show.
/// Each reads every matching strike, so results are cached until the data changes (<see cref="AggregateCache"/>).
/// </summary>
public sealed class StrikeStatsQueries(StrikeQueries strikes, AggregateCache aggregates)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public Task<StrikeStats> GetAsync(StrikeFilter filter, CancellationToken ct) =>
        aggregates.GetAsync("strike-stats", filter with { Sort = StrikeSort.DateDescending }, c => ComputeAsync(filter, c), ct);

    private async Task<StrikeStats> ComputeAsync(StrikeFilter filter, CancellationToken ct)
    {
        var matching = strikes.Matching(filter);

        var byMonth = (await GroupAsync(matching, s => s.OccurredOn.Year * 100 + s.OccurredOn.Month, ct))
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var month = new DateOnly(g.Key / 100, g.Key % 100, 1);
                return g.Bucket(month.ToString("yyyy-MM", CultureInfo.InvariantCulture), month.ToString("MMMM yyyy", English));
            })
            .ToList();

        var byOblast = (await GroupAsync(matching, s => s.Oblast, ct))
            .Select(g => g.Bucket(g.Key?.ToString(), g.Key is { } o ? Oblasts.NameOf(o) : "Not reported"))
            .OrderByDescending(b => b.Strikes).ThenBy(b => b.Key is null).ThenBy(b => b.Label, StringComparer.Ordinal)
            .ToList();

        var names = await strikes.MissileTypeNamesAsync(ct);
        var byMissileType = (await GroupAsync(matching, s => s.Weapon.Code, ct))
            .Select(g => g.Bucket(g.Key, names.GetValueOrDefault(g.Key, g.Key)))
            .OrderByDescending(b => b.Strikes).ThenBy(b => b.Key, StringComparer.Ordinal)
            .ToList();

        var byOriginStatus = (await GroupAsync(matching, s => s.OriginStatus, ct))
            .OrderBy(g => g.Key)
            .Select(g => g.Bucket(g.Key.ToString(), g.Key.ToString()))
            .ToList();

        // Every strike has exactly one origin status, so that grouping adds up to the total.
        var total = new StatsBucket(null, "All matching strikes", byOriginStatus.Sum(b => b.Strikes),
            SumKnown(byOriginStatus, b => b.MissilesLaunched), SumKnown(byOriginStatus, b => b.MissilesIntercepted),
            SumKnown(byOriginStatus, b => b.Killed), SumKnown(byOriginStatus, b => b.Injured));
        return new StrikeStats(total, byMonth, byOblast, byMissileType, byOriginStatus);
    }

    // SQL SUM over no known value reads back as 0 through EF Core; MAX stays null, telling "none known" from "0".
    private static Task<List<Group<TKey>>> GroupAsync<TKey>(IQueryable<Strike> strikes, Expression<Func<Strike, TKey>> key, CancellationToken ct) =>
        strikes.GroupBy(key).Select(g => new Group<TKey>(
            g.Key,
            g.Count(),
            g.Max(s => s.MissilesLaunched) == null ? null : g.Sum(s => s.MissilesLaunched),
            g.Max(s => s.MissilesIntercepted) == null ? null : g.Sum(s => s.MissilesIntercepted),
            g.Max(s => s.Killed) == null ? null : g.Sum(s => s.Killed),
            g.Max(s => s.Injured) == null ? null : g.Sum(s => s.Injured))).ToListAsync(ct);

    private static int? SumKnown(IEnumerable<StatsBucket> buckets, Func<StatsBucket, int?> figure)
    {
        var known = buckets.Select(figure).Where(v => v is not null).ToList();
        return known.Count == 0 ? null : known.Sum();
    }

    private sealed record Group<TKey>(TKey Key, int Strikes, int? Launched, int? Intercepted, int? Killed, int? Injured)
    {
        public StatsBucket Bucket(string? key, string label) => new(key, label, Strikes, Launched, Intercepted, Killed, Injured);
    }
}
