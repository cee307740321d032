using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;

namespace MissileTracker.Web.Strikes;

/// <summary>
/// Counts from <see cref="StrikeTally"/> for the filters it can answer exactly: dates, oblasts and weapons. Any other
/// filter (a place, a source, a figure, text…) needs the strikes themselves, so <see cref="StrikeQueries"/> counts those
/// the long way. The conditions are <see cref="StrikeFilter.Where"/>'s, restated over the tally's columns.
/// </summary>
internal static class StrikeTallies
{
    /// <summary>True when <paramref name="filter"/> filters by nothing but dates, oblasts and weapons.</summary>
    public static bool Answer(StrikeFilter filter) =>
        filter is
        {
            Settlements.Count: 0, PlaceIds.Count: 0, Raions.Count: 0, Statuses.Count: 0, OfficialIds.Count: 0,
            Organisations.Count: 0, Outlets.Count: 0, HasCoordinates: null, KilledMin: null, KilledMax: null,
            InjuredMin: null, InjuredMax: null, UpdatedSince: null,
        }
        && filter.Terms.Count == 0;

    /// <summary>The tally rows of the strikes <paramref name="filter"/> matches (only when <see cref="Answer"/> says so).</summary>
    public static IQueryable<StrikeTally> Matching(TrackerDbContext db, StrikeFilter filter)
    {
        var tallies = db.Set<StrikeTally>().AsNoTracking();
        if (filter.From is { } from)
        {
            // StrikeFilter's overlap: starts in the range, or a window of at most MaxWindowDays ends in it. The last day
            // is never before the date (CK_Strikes_Window), so one comparison covers both.
            var earliestStart = from.AddDays(-StrikeDate.MaxWindowDays);
            tallies = tallies.Where(t => t.OccurredOn >= earliestStart && t.LastDay >= from);
        }

        if (filter.To is { } to)
        {
            tallies = tallies.Where(t => t.OccurredOn <= to);
        }

        if (filter.Oblasts.Count == 1)
        {
            var oblast = filter.Oblasts[0].ToString();
            tallies = tallies.Where(t => t.Oblast == oblast);
        }
        else if (filter.Oblasts.Count > 1)
        {
            var oblasts = filter.Oblasts.Select(o => o.ToString()).ToList();
            tallies = tallies.Where(t => oblasts.Contains(t.Oblast));
        }

        if (filter.WeaponCodes.Count > 0)
        {
            var codes = filter.WeaponCodes;
            tallies = tallies.Where(t => db.Weapons.Any(w => w.Id == t.WeaponId && codes.Contains(w.Code)));
        }

        return tallies;
    }
}
