using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.Stats;

/// <summary>Aggregates over <see cref="StrikeQueries.Matching"/>: the same strikes the list and exports show.</summary>
public sealed class StrikeStatsQueries(StrikeQueries strikes)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public async Task<StrikeStats> GetAsync(StrikeFilter filter, CancellationToken ct)
    {
        var matching = strikes.Matching(filter);

        var byMonth = (await matching
                .GroupBy(s => new { s.OccurredOn.Year, s.OccurredOn.Month })
                .Select(g => new { g.Key.Year, g.Key.Month, Strikes = g.Count(), Launched = g.Sum(s => s.MissilesLaunched), Intercepted = g.Sum(s => s.MissilesIntercepted), Killed = g.Sum(s => s.Killed), Injured = g.Sum(s => s.Injured) })
                .ToListAsync(ct))
            .OrderBy(g => g.Year).ThenBy(g => g.Month)
            .Select(g =>
            {
                var month = new DateOnly(g.Year, g.Month, 1);
                return new StatsBucket(month.ToString("yyyy-MM", CultureInfo.InvariantCulture), month.ToString("MMMM yyyy", English),
                    g.Strikes, g.Launched, g.Intercepted, g.Killed, g.Injured);
            })
            .ToList();

        var byOblast = (await matching
                .GroupBy(s => s.Oblast)
                .Select(g => new { Oblast = g.Key, Strikes = g.Count(), Launched = g.Sum(s => s.MissilesLaunched), Intercepted = g.Sum(s => s.MissilesIntercepted), Killed = g.Sum(s => s.Killed), Injured = g.Sum(s => s.Injured) })
                .ToListAsync(ct))
            .Select(g => new StatsBucket(g.Oblast?.ToString(), g.Oblast is { } o ? Oblasts.NameOf(o) : "Not reported",
                g.Strikes, g.Launched, g.Intercepted, g.Killed, g.Injured))
            .OrderByDescending(b => b.Strikes).ThenBy(b => b.Key is null).ThenBy(b => b.Label, StringComparer.Ordinal)
            .ToList();

        var byMissileType = (await matching
                .GroupBy(s => new { s.Weapon.Code, s.Weapon.Name })
                .Select(g => new { g.Key.Code, g.Key.Name, Strikes = g.Count(), Launched = g.Sum(s => s.MissilesLaunched), Intercepted = g.Sum(s => s.MissilesIntercepted), Killed = g.Sum(s => s.Killed), Injured = g.Sum(s => s.Injured) })
                .ToListAsync(ct))
            .Select(g => new StatsBucket(g.Code, g.Name, g.Strikes, g.Launched, g.Intercepted, g.Killed, g.Injured))
            .OrderByDescending(b => b.Strikes).ThenBy(b => b.Key, StringComparer.Ordinal)
            .ToList();

        var byOriginStatus = (await matching
                .GroupBy(s => s.OriginStatus)
                .Select(g => new { Status = g.Key, Strikes = g.Count(), Launched = g.Sum(s => s.MissilesLaunched), Intercepted = g.Sum(s => s.MissilesIntercepted), Killed = g.Sum(s => s.Killed), Injured = g.Sum(s => s.Injured) })
                .ToListAsync(ct))
            .OrderBy(g => g.Status)
            .Select(g => new StatsBucket(g.Status.ToString(), g.Status.ToString(), g.Strikes, g.Launched, g.Intercepted, g.Killed, g.Injured))
            .ToList();

        // Every strike has exactly one origin status, so that grouping adds up to the total.
        var total = new StatsBucket(null, "All matching strikes", byOriginStatus.Sum(b => b.Strikes),
            SumKnown(byOriginStatus, b => b.MissilesLaunched), SumKnown(byOriginStatus, b => b.MissilesIntercepted),
            SumKnown(byOriginStatus, b => b.Killed), SumKnown(byOriginStatus, b => b.Injured));
        return new StrikeStats(total, byMonth, byOblast, byMissileType, byOriginStatus);
    }

    private static int? SumKnown(IEnumerable<StatsBucket> buckets, Func<StatsBucket, int?> figure)
    {
        var known = buckets.Select(figure).Where(v => v is not null).ToList();
        return known.Count == 0 ? null : known.Sum();
    }
}
