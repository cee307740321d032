using MissileTracker.Web.Geography;

namespace MissileTracker.Web.Strikes;

public enum StrikeSort
{
    DateDescending,
    DateAscending,
    UpdatedDescending,
    UpdatedAscending,
}

/// <summary>
/// What to list. Values within one list are alternatives (OR); different filters must all
/// hold (AND). Dates compare with the stored date (a month-precision strike counts as the 1st).
/// </summary>
public sealed record StrikeFilter(
    DateOnly? From,
    DateOnly? To,
    IReadOnlyList<Oblast> Oblasts,
    IReadOnlyList<string> WeaponCodes,
    IReadOnlyList<OriginStatus> Statuses,
    DateTime? UpdatedSince,
    StrikeSort Sort)
{
    public static StrikeFilter None { get; } = new(null, null, [], [], [], null, StrikeSort.DateDescending);

    public IQueryable<Strike> Apply(IQueryable<Strike> strikes)
    {
        if (From is { } from)
        {
            strikes = strikes.Where(s => s.OccurredOn >= from);
        }

        if (To is { } to)
        {
            strikes = strikes.Where(s => s.OccurredOn <= to);
        }

        if (Oblasts.Count > 0)
        {
            var oblasts = Oblasts.Select(o => (Oblast?)o).ToList();
            strikes = strikes.Where(s => oblasts.Contains(s.Oblast));
        }

        if (WeaponCodes.Count > 0)
        {
            strikes = strikes.Where(s => WeaponCodes.Contains(s.Weapon.Code));
        }

        if (Statuses.Count > 0)
        {
            strikes = strikes.Where(s => Statuses.Contains(s.OriginStatus));
        }

        if (UpdatedSince is { } since)
        {
            strikes = strikes.Where(s => s.UpdatedAt >= since);
        }

        return Sort switch
        {
            StrikeSort.DateAscending => strikes.OrderBy(s => s.OccurredOn).ThenBy(s => s.Id),
            StrikeSort.UpdatedDescending => strikes.OrderByDescending(s => s.UpdatedAt).ThenByDescending(s => s.Id),
            StrikeSort.UpdatedAscending => strikes.OrderBy(s => s.UpdatedAt).ThenBy(s => s.Id),
            _ => strikes.OrderByDescending(s => s.OccurredOn).ThenByDescending(s => s.Id),
        };
    }
}
