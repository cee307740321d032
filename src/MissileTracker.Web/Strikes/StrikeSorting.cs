using System.Globalization;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Strikes;

/// <summary>The strike orders, each with its <c>sort=</c> name; the first is the default.</summary>
public enum StrikeSort
{
    [QueryChoice("-date")]
    DateDescending,

    [QueryChoice("date")]
    DateAscending,

    [QueryChoice("-updated")]
    UpdatedDescending,

    [QueryChoice("updated")]
    UpdatedAscending,

    [QueryChoice("-casualties")]
    CasualtiesDescending,

    [QueryChoice("casualties")]
    CasualtiesAscending,
}

/// <summary>
/// Orders strikes and continues an order after a keyset <see cref="Cursor"/>. Every order ends
/// with the id, so it is total and a cursor names exactly one position.
/// Casualties are killed + injured, an unknown figure counting as 0.
/// </summary>
public static class StrikeSorting
{
    public static IReadOnlyDictionary<string, StrikeSort> ByName { get; } = QueryChoices.Of<StrikeSort>();

    public static string NameOf(StrikeSort sort) => ByName.First(kv => kv.Value == sort).Key;

    public static IQueryable<Strike> OrderBy(this IQueryable<Strike> strikes, StrikeSort sort) => sort switch
    {
        StrikeSort.DateAscending => strikes.OrderBy(s => s.OccurredOn).ThenBy(s => s.Id),
        StrikeSort.UpdatedDescending => strikes.OrderByDescending(s => s.UpdatedAt).ThenByDescending(s => s.Id),
        StrikeSort.UpdatedAscending => strikes.OrderBy(s => s.UpdatedAt).ThenBy(s => s.Id),
        StrikeSort.CasualtiesDescending => strikes.OrderByDescending(s => (s.Killed ?? 0) + (s.Injured ?? 0)).ThenByDescending(s => s.Id),
        StrikeSort.CasualtiesAscending => strikes.OrderBy(s => (s.Killed ?? 0) + (s.Injured ?? 0)).ThenBy(s => s.Id),
        _ => strikes.OrderByDescending(s => s.OccurredOn).ThenByDescending(s => s.Id),
    };

    /// <summary>The strikes that come after <paramref name="cursor"/> in <paramref name="sort"/>'s order.</summary>
    public static IQueryable<Strike> After(this IQueryable<Strike> strikes, StrikeSort sort, Cursor cursor)
    {
        var id = cursor.Id;
        switch (sort)
        {
            case StrikeSort.DateAscending:
            case StrikeSort.DateDescending:
                var date = DateOnly.ParseExact(cursor.Key, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                return sort == StrikeSort.DateAscending
                    ? strikes.Where(s => s.OccurredOn > date || (s.OccurredOn == date && s.Id > id))
                    : strikes.Where(s => s.OccurredOn < date || (s.OccurredOn == date && s.Id < id));
            case StrikeSort.UpdatedAscending:
            case StrikeSort.UpdatedDescending:
                var updated = new DateTime(long.Parse(cursor.Key, CultureInfo.InvariantCulture), DateTimeKind.Utc);
                return sort == StrikeSort.UpdatedAscending
                    ? strikes.Where(s => s.UpdatedAt > updated || (s.UpdatedAt == updated && s.Id > id))
                    : strikes.Where(s => s.UpdatedAt < updated || (s.UpdatedAt == updated && s.Id < id));
            default:
                var casualties = int.Parse(cursor.Key, CultureInfo.InvariantCulture);
                return sort == StrikeSort.CasualtiesAscending
                    ? strikes.Where(s => (s.Killed ?? 0) + (s.Injured ?? 0) > casualties
                        || ((s.Killed ?? 0) + (s.Injured ?? 0) == casualties && s.Id > id))
                    : strikes.Where(s => (s.Killed ?? 0) + (s.Injured ?? 0) < casualties
                        || ((s.Killed ?? 0) + (s.Injured ?? 0) == casualties && s.Id < id));
        }
    }

    /// <summary>The cursor that continues <paramref name="sort"/> after <paramref name="last"/>.</summary>
    public static Cursor CursorAfter(StrikeSort sort, StrikeSummary last)
    {
        var key = sort switch
        {
            StrikeSort.DateAscending or StrikeSort.DateDescending => last.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            StrikeSort.UpdatedAscending or StrikeSort.UpdatedDescending => last.UpdatedAt.Ticks.ToString(CultureInfo.InvariantCulture),
            _ => ((last.Killed?.Value ?? 0) + (last.Injured?.Value ?? 0)).ToString(CultureInfo.InvariantCulture),
        };
        return new Cursor(NameOf(sort), key, last.Id);
    }

    /// <summary>Whether <paramref name="cursor"/>'s key can be read for <paramref name="sort"/> (it came from a client).</summary>
    public static bool IsReadable(StrikeSort sort, Cursor cursor) => sort switch
    {
        StrikeSort.DateAscending or StrikeSort.DateDescending =>
            DateOnly.TryParseExact(cursor.Key, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        StrikeSort.UpdatedAscending or StrikeSort.UpdatedDescending =>
            long.TryParse(cursor.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks <= DateTime.MaxValue.Ticks,
        _ => int.TryParse(cursor.Key, NumberStyles.None, CultureInfo.InvariantCulture, out _),
    };
}
