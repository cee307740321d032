using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Statements;
using MissileTracker.Web.Strikes;
using MissileTracker.Web.Weapons;

namespace MissileTracker.Web.Stats;

/// <summary>
/// Aggregates over <see cref="StrikeQueries.Matching"/>: the same strikes the list and exports show.
/// Computing them reads every matching strike, so results are cached until the data changes (<see cref="AggregateCache"/>).
/// </summary>
public sealed class StrikeStatsQueries(StrikeQueries strikes, WeaponList weaponList, AggregateCache aggregates)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public Task<StrikeStats> GetAsync(StrikeFilter filter, CancellationToken ct) =>
        aggregates.GetAsync("strike-stats", filter with { Sort = StrikeSort.DateDescending }, c => ComputeAsync(filter, c), ct);

    // One pass over the matching strikes' few figure columns, tallied here. Four GROUP BY queries read
    // every strike four times, each through an index with a table lookup per row: 15 s at a million
    // strikes, where one sequential read of the same columns takes under half a second in SQLite.
    private async Task<StrikeStats> ComputeAsync(StrikeFilter filter, CancellationToken ct)
    {
        var byMonth = new Dictionary<DateOnly, Tally>();
        var byOblast = new Dictionary<Oblast, Tally>();
        var notLocated = new Tally();
        var byWeapon = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var byOriginStatus = new Dictionary<OriginStatus, Tally>();
        var byRaion = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var noRaion = new Tally();
        var total = new Tally();
        var raionsOf = await RaionsAsync(filter, ct);
        var rows = strikes.Matching(filter)
            .Select(s => new
            {
                s.Id, s.OccurredOn, s.Oblast, WeaponCode = s.Weapon.Code, s.OriginStatus,
                s.MissilesLaunched, s.MissilesLaunchedQualifier, s.MissilesLaunchedHigh, s.MissilesLaunchedWords,
                s.MissilesIntercepted, s.MissilesInterceptedQualifier, s.MissilesInterceptedHigh, s.MissilesInterceptedWords,
                s.Killed, s.KilledQualifier, s.KilledHigh, s.KilledWords,
                s.Injured, s.InjuredQualifier, s.InjuredHigh, s.InjuredWords,
            })
            .AsAsyncEnumerable();
        await foreach (var s in rows.WithCancellation(ct))
        {
            var launched = new Figure(s.MissilesLaunched, s.MissilesLaunchedQualifier, s.MissilesLaunchedHigh, s.MissilesLaunchedWords);
            var intercepted = new Figure(s.MissilesIntercepted, s.MissilesInterceptedQualifier, s.MissilesInterceptedHigh, s.MissilesInterceptedWords);
            var killed = new Figure(s.Killed, s.KilledQualifier, s.KilledHigh, s.KilledWords);
            var injured = new Figure(s.Injured, s.InjuredQualifier, s.InjuredHigh, s.InjuredWords);
            var month = new DateOnly(s.OccurredOn.Year, s.OccurredOn.Month, 1);
            Tally[] tallies =
            [
                total,
                Of(byMonth, month),
                s.Oblast is { } oblast ? Of(byOblast, oblast) : notLocated,
                Of(byWeapon, s.WeaponCode),
                Of(byOriginStatus, s.OriginStatus),
            ];
            foreach (var tally in tallies)
            {
                tally.Add(launched, intercepted, killed, injured);
            }

            // A strike at places in two raions counts in each of them.
            IEnumerable<Tally> raionTallies = raionsOf.TryGetValue(s.Id, out var raions) ? raions.Select(r => Of(byRaion, r)) : [noRaion];
            foreach (var tally in raionTallies)
            {
                tally.Add(launched, intercepted, killed, injured);
            }
        }

        var names = (await weaponList.AllAsync(ct)).ToDictionary(w => w.Code, w => w.Name, StringComparer.Ordinal);
        var months = byMonth.OrderBy(m => m.Key)
            .Select(m => m.Value.Bucket(m.Key.ToString("yyyy-MM", CultureInfo.InvariantCulture), m.Key.ToString("MMMM yyyy", English)))
            .ToList();
        var oblasts = byOblast.Select(o => o.Value.Bucket(o.Key.ToString(), Oblasts.NameOf(o.Key)))
            .Concat(notLocated.Strikes > 0 ? [notLocated.Bucket(null, "Not reported")] : [])
            .OrderByDescending(b => b.Strikes).ThenBy(b => b.Key is null).ThenBy(b => b.Label, StringComparer.Ordinal)
            .ToList();
        var raionBuckets = byRaion.Select(r => r.Value.Bucket(r.Key, r.Key))
            .Concat(noRaion.Strikes > 0 ? [noRaion.Bucket(null, "No raion known")] : [])
            .OrderByDescending(b => b.Strikes).ThenBy(b => b.Key is null).ThenBy(b => b.Label, StringComparer.Ordinal)
            .ToList();
        var missileTypes = byWeapon.Select(w => w.Value.Bucket(w.Key, names.GetValueOrDefault(w.Key, w.Key)))
            .OrderByDescending(b => b.Strikes).ThenBy(b => b.Key, StringComparer.Ordinal)
            .ToList();
        var originStatuses = byOriginStatus.OrderBy(o => o.Key).Select(o => o.Value.Bucket(o.Key.ToString(), o.Key.ToString())).ToList();
        return new StrikeStats(total.Bucket(null, "All matching strikes"), months, oblasts, raionBuckets, missileTypes, originStatuses);
    }

    /// <summary>The raions of the places each matching strike is linked to, by strike id; strikes with none are absent.</summary>
    private async Task<Dictionary<int, List<string>>> RaionsAsync(StrikeFilter filter, CancellationToken ct)
    {
        var links = await strikes.Matching(filter).SelectMany(s => s.Places)
            .Where(p => p.Place.Raion != null)
            .Select(p => new { p.StrikeId, Raion = p.Place.Raion! })
            .Distinct()
            .ToListAsync(ct);
        return links.GroupBy(l => l.StrikeId).ToDictionary(g => g.Key, g => g.Select(l => l.Raion).ToList());
    }

    private static Tally Of<TKey>(Dictionary<TKey, Tally> tallies, TKey key)
        where TKey : notnull
    {
        if (!tallies.TryGetValue(key, out var tally))
        {
            tally = new Tally();
            tallies[key] = tally;
        }

        return tally;
    }

    /// <summary>A count and the low and high totals of each figure; a figure no strike reports stays null, not 0.</summary>
    private sealed class Tally
    {
        public int Strikes { get; private set; }
        private readonly FigureTotal _launched = new();
        private readonly FigureTotal _intercepted = new();
        private readonly FigureTotal _killed = new();
        private readonly FigureTotal _injured = new();

        public void Add(Figure launched, Figure intercepted, Figure killed, Figure injured)
        {
            Strikes++;
            _launched.Add(launched);
            _intercepted.Add(intercepted);
            _killed.Add(killed);
            _injured.Add(injured);
        }

        public StatsBucket Bucket(string? key, string label) => new(key, label, Strikes,
            _launched.Low, _launched.High, _intercepted.Low, _intercepted.High, _killed.Low, _killed.High, _injured.Low, _injured.High);
    }
}
