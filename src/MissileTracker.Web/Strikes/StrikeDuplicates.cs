using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Weapons;

namespace MissileTracker.Web.Strikes;

/// <summary>A stored strike that may be the same event as the one being entered.</summary>
/// <param name="Id">The strike's id (<c>/api/v1/strikes/{id}</c>).</param>
/// <param name="Date">Its stored date (a window's first day).</param>
/// <param name="DateText">Its readable date with precision.</param>
/// <param name="Location">Where, as the pages show it.</param>
/// <param name="MissileType">Its missile type's name.</param>
/// <param name="Status">Draft or Published.</param>
public sealed record LikelyDuplicate(int Id, DateOnly Date, string DateText, string Location, string MissileType, PublicationStatus Status);

/// <summary>
/// Issue 13 item 7 (a warning; a reviewer may then merge): strikes whose date or window comes within a day of this one's, in the same oblast or with the
/// oblast unknown on either side, whose missile types could be the same. A night attack is often
/// dated by either of its two days, and an early report often has no place yet, hence the slack.
/// </summary>
public static class StrikeDuplicates
{
    public static async Task<IReadOnlyList<LikelyDuplicate>> LikelyDuplicatesAsync(this TrackerDbContext db, Strike strike, CancellationToken ct)
    {
        var from = strike.OccurredOn.AddDays(-1);
        var to = (strike.EndsOn ?? strike.OccurredOn).AddDays(1);
        var oblast = strike.Oblast;
        var weapon = await db.Weapons.AsNoTracking().SingleAsync(w => w.Id == strike.WeaponId, ct);
        var candidates = await db.Strikes.StaffView().AsNoTracking().Include(s => s.Weapon)
            .Where(s => s.Id != strike.Id && s.OccurredOn <= to && (s.OccurredOn >= from || (s.EndsOn != null && s.EndsOn >= from)))
            .Where(s => oblast == null || s.Oblast == null || s.Oblast == oblast)
            .OrderBy(s => s.OccurredOn).ThenBy(s => s.Id)
            .Take(20)
            .ToListAsync(ct);
        return candidates.Where(s => Overlap(weapon, s.Weapon))
            .Select(s => new LikelyDuplicate(s.Id, s.OccurredOn, s.Date.ToString(), StrikeLocation.Of(s).Text, s.Weapon.Name, s.Status))
            .ToList();
    }

    /// <summary>
    /// Two catalogue types could name the same missiles when they are the same type or family, or
    /// when either is a label that does not pin the type down (ambiguous, or "unspecified").
    /// </summary>
    public static bool Overlap(Weapon a, Weapon b) =>
        a.Id == b.Id
        || (a.Family is not null && a.Family == b.Family)
        || a.IsAmbiguous || b.IsAmbiguous
        || a.Code == WeaponCatalog.DprkBallisticUnspecified || b.Code == WeaponCatalog.DprkBallisticUnspecified;
}
