using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Metadata;
using MissileTracker.Web.Data;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Weapons;

namespace MissileTracker.Web.Strikes;

/// <summary>
/// The public list's reads as SQLite SQL, for the filters <see cref="StrikeTallies.Answer"/> accepts (dates, oblasts,
/// missile types) in any order, by page number or by cursor: a page's strikes with their weapons and public report
/// counts, the officials quoted about them, the count of matches from <see cref="StrikeTally"/>. Each shape of filter
/// (which filters are set, one value or several, the order, a cursor or not) is one statement text, prepared once per
/// pooled connection, its values bound as parameters. The filters' SQL here is <see cref="StrikeFilter.Where"/>'s and
/// <see cref="StrikeSorting"/>'s written for SQLite a second time; <c>PublicStrikeListTests</c> holds both to the same
/// answers for every shape.
/// </summary>
internal sealed class PublicStrikeListSql(IModel model)
{
    public RowReader<Strike> Strikes { get; } = new(model, StrikeSummaryRow.StrikeProperties);
    public RowReader<Weapon> Weapons { get; } = new(model);
    public RowReader<Strike> ExportStrikes { get; } = new(model, StrikeExportRead.StrikeProperties);

    /// <summary>What decides a statement's text: 0, 1 or "2" (several) values of a list filter; a bound or not; the order; a cursor.</summary>
    public readonly record struct Shape(bool From, bool To, int Oblasts, int WeaponCodes, StrikeSort Sort, bool After);

    /// <summary>
    /// Whether this SQL answers <paramref name="filter"/> and <paramref name="page"/>: the tally's filters, and any order
    /// except a cursor into an order by last change (whose timestamp EF Core binds in its own format).
    /// </summary>
    public static bool Handles(StrikeFilter filter, PageRequest page) =>
        StrikeTallies.Answer(filter) && !(page.After is not null && filter.Sort is StrikeSort.UpdatedAscending or StrikeSort.UpdatedDescending);

    public static Shape ShapeOf(StrikeFilter filter, PageRequest? page) =>
        new(filter.From is not null, filter.To is not null, Math.Min(filter.Oblasts.Count, 2), Math.Min(filter.WeaponCodes.Count, 2), filter.Sort, page?.After is not null);

    private static string Visible(string alias) => PublicStrikeDetailSql.Visible(alias);

    private const string Casualties = "(COALESCE(s.\"Killed\", 0) + COALESCE(s.\"Injured\", 0))";

    // The sort key and its direction; every order ends with the id, as StrikeSorting.OrderBy's.
    private static (string Key, bool Descending) Order(StrikeSort sort) => sort switch
    {
        StrikeSort.DateAscending => ("s.\"OccurredOn\"", false),
        StrikeSort.UpdatedDescending => ("s.\"UpdatedAt\"", true),
        StrikeSort.UpdatedAscending => ("s.\"UpdatedAt\"", false),
        StrikeSort.CasualtiesDescending => (Casualties, true),
        StrikeSort.CasualtiesAscending => (Casualties, false),
        _ => ("s.\"OccurredOn\"", true),
    };

    /// <summary>
    /// The statements' row limit: the largest page and one more. The reader stops after the page it wants. A bound limit
    /// would do the same work, but SQLite reads a bound LIMIT's value while planning, so every new binding made it parse
    /// and plan the statement again (counted with a uprobe on <c>sqlite3LockAndPrepare</c>: once per request).
    /// </summary>
    public const int MaxRows = PageRequest.MaxPageSize + 1;

    /// <summary>A page of strikes: the strike's columns a summary shows, the weapon's, then the count of public reports.</summary>
    public string PageText(Shape shape) =>
        $"SELECT {Strikes.Select("s")}, {Weapons.Select("w")}, "
        + "(SELECT COUNT(*) FROM \"StrikeReports\" AS sr INNER JOIN \"Reports\" AS r ON r.\"Id\" = sr.\"ReportId\" "
        + $"WHERE sr.\"StrikeId\" = s.\"Id\" AND {Visible("r")}) "
        + $"{FromWhereOrder(shape)} LIMIT {MaxRows} OFFSET $offset";

    /// <summary>
    /// Every matching strike for an export (<see cref="StrikeExportRead"/>): the strike's columns the export writes, the
    /// weapon's code and name, and the aggregates <see cref="StrikeExportRead.Of"/> reads (the officials' ids, the escaped
    /// source URLs, when asked the places), each starting at the strike's links and checking only the other end: the strike
    /// is public already. EF Core's query checked the strike again and joined the statement and the report twice per link,
    /// 0.1 s of SQLite's 0.58 s for a 27,000-strike export at 100k (the <c>sqlite3</c> shell, docs/performance.md).
    /// </summary>
    /// <remarks>The URLs' escape and separator are bound (<see cref="BindExport"/>): their characters are declared once, in <see cref="StrikeExportRead"/>.</remarks>
    /// <param name="shape">The filter's shape (no cursor: an export has no pages).</param>
    /// <param name="limited">Bound to at most <c>$limit</c> rows.</param>
    /// <param name="withPlaces">Also the places' links (the GeoJSON export); NULL otherwise.</param>
    public string ExportText(Shape shape, bool limited, bool withPlaces) =>
        $"SELECT {ExportStrikes.Select("s")}, w.\"Code\", w.\"Name\", "
        + "(SELECT group_concat(st.\"OfficialId\", ',') FROM \"StatementStrikes\" AS x INNER JOIN \"Statements\" AS st ON st.\"Id\" = x.\"StatementId\" "
        + $"WHERE x.\"StrikeId\" = s.\"Id\" AND {Visible("st")} AND st.\"OfficialId\" IS NOT NULL), "
        + $"(SELECT group_concat(replace(r.\"Url\", $escape, $doubledEscape), $separator) "
        + "FROM \"StrikeReports\" AS sr INNER JOIN \"Reports\" AS r ON r.\"Id\" = sr.\"ReportId\" "
        + $"WHERE sr.\"StrikeId\" = s.\"Id\" AND {Visible("r")} AND r.\"Url\" IS NOT NULL), "
        + (withPlaces
            ? "(SELECT group_concat(x.\"PlaceId\" || ',' || x.\"Position\" || ',' || x.\"Precision\", ';') FROM \"StrikePlaces\" AS x "
                + $"INNER JOIN \"Places\" AS p ON p.\"Id\" = x.\"PlaceId\" WHERE x.\"StrikeId\" = s.\"Id\" AND {Visible("p")}) "
            : "NULL ")
        + FromWhereOrder(shape with { After = false })
        + (limited ? " LIMIT $limit" : "");

    // The strikes (with their weapons) a shape selects, in its order.
    private static string FromWhereOrder(Shape shape)
    {
        var (key, descending) = Order(shape.Sort);
        var direction = descending ? "DESC" : "ASC";
        var where = new List<string> { Visible("s") };
        if (shape.From)
        {
            // The start bound outside the OR, as StrikeFilter's: one index range scan in order.
            where.Add("s.\"OccurredOn\" >= $earliest AND (s.\"OccurredOn\" >= $from OR (s.\"EndsOn\" IS NOT NULL AND s.\"EndsOn\" >= $from))");
        }

        where.AddRange(DateToAndOblasts(shape, "s"));
        if (shape.WeaponCodes == 1)
        {
            where.Add("w.\"Code\" = $type");
        }
        else if (shape.WeaponCodes > 1)
        {
            where.Add("w.\"Code\" IN (SELECT value FROM json_each($types))");
        }

        if (shape.After)
        {
            var beyond = descending ? "<" : ">";
            where.Add($"({key} {beyond} $afterKey OR ({key} = $afterKey AND s.\"Id\" {beyond} $afterId))");
        }

        return "FROM \"Strikes\" AS s INNER JOIN \"Weapons\" AS w ON w.\"Id\" = s.\"WeaponId\" "
            + $"WHERE {string.Join(" AND ", where)} ORDER BY {key} {direction}, s.\"Id\" {direction}";
    }

    /// <summary>How many strikes match, summed from the tally (<see cref="StrikeTallies.Matching"/>'s conditions).</summary>
    public static string CountText(Shape shape) => $"SELECT COALESCE(SUM(t.\"Count\"), 0) FROM \"StrikeTallies\" AS t{TallyWhere(shape)}";

    /// <summary>How many strikes match on each date, from the tally.</summary>
    public static string CountByDateText(Shape shape) =>
        $"SELECT t.\"OccurredOn\", SUM(t.\"Count\") FROM \"StrikeTallies\" AS t{TallyWhere(shape)} GROUP BY t.\"OccurredOn\"";

    /// <summary>The officials quoted by the public statements about the strikes in <c>$ids</c> (a JSON array): strike id, official id, name.</summary>
    public static readonly string OfficialsText =
        "SELECT x.\"StrikeId\", o.\"Id\", o.\"Name\" FROM \"StatementStrikes\" AS x "
        + "INNER JOIN \"Statements\" AS st ON st.\"Id\" = x.\"StatementId\" INNER JOIN \"Officials\" AS o ON o.\"Id\" = st.\"OfficialId\" "
        + $"WHERE x.\"StrikeId\" IN (SELECT value FROM json_each($ids)) AND {Visible("st")}";

    // StrikeFilter.Where's upper date bound and oblasts, on the strike or tally row aliased a (both store them alike).
    private static IEnumerable<string> DateToAndOblasts(Shape shape, string a)
    {
        if (shape.To)
        {
            yield return $"{a}.\"OccurredOn\" <= $to";
        }

        if (shape.Oblasts == 1)
        {
            yield return $"{a}.\"Oblast\" = $oblast";
        }
        else if (shape.Oblasts > 1)
        {
            yield return $"{a}.\"Oblast\" IN (SELECT value FROM json_each($oblasts))";
        }
    }

    private static string TallyWhere(Shape shape)
    {
        var where = new List<string>();
        if (shape.From)
        {
            where.Add("t.\"OccurredOn\" >= $earliest AND t.\"LastDay\" >= $from");
        }

        where.AddRange(DateToAndOblasts(shape, "t"));
        if (shape.WeaponCodes == 1)
        {
            where.Add("t.\"WeaponId\" IN (SELECT w.\"Id\" FROM \"Weapons\" AS w WHERE w.\"Code\" = $type)");
        }
        else if (shape.WeaponCodes > 1)
        {
            where.Add("t.\"WeaponId\" IN (SELECT w.\"Id\" FROM \"Weapons\" AS w WHERE w.\"Code\" IN (SELECT value FROM json_each($types)))");
        }

        return where.Count == 0 ? "" : $" WHERE {string.Join(" AND ", where)}";
    }

    /// <summary>Binds the filter's values under the names the statements use.</summary>
    public static void BindFilter(SqliteParameterCollection parameters, StrikeFilter filter)
    {
        if (filter.From is { } from)
        {
            parameters.AddWithValue("$from", from);
            parameters.AddWithValue("$earliest", from.AddDays(-StrikeDate.MaxWindowDays));
        }

        if (filter.To is { } to)
        {
            parameters.AddWithValue("$to", to);
        }

        if (filter.Oblasts.Count == 1)
        {
            parameters.AddWithValue("$oblast", filter.Oblasts[0].ToString());
        }
        else if (filter.Oblasts.Count > 1)
        {
            parameters.AddWithValue("$oblasts", JsonSerializer.Serialize(filter.Oblasts.Select(o => o.ToString())));
        }

        if (filter.WeaponCodes.Count == 1)
        {
            parameters.AddWithValue("$type", filter.WeaponCodes[0]);
        }
        else if (filter.WeaponCodes.Count > 1)
        {
            parameters.AddWithValue("$types", JsonSerializer.Serialize(filter.WeaponCodes));
        }
    }

    /// <summary>Binds what <see cref="ExportText"/> needs beside the filter: the URLs' escape and separator, and the limit.</summary>
    public static void BindExport(SqliteParameterCollection parameters, int? limit)
    {
        parameters.AddWithValue("$escape", StrikeExportRead.Escape);
        parameters.AddWithValue("$doubledEscape", StrikeExportRead.DoubledEscape);
        parameters.AddWithValue("$separator", StrikeExportRead.Separator);
        if (limit is { } max)
        {
            parameters.AddWithValue("$limit", max);
        }
    }

    /// <summary>Binds the page's offset and, by cursor, its position.</summary>
    public static void BindPage(SqliteParameterCollection parameters, StrikeSort sort, PageRequest page)
    {
        parameters.AddWithValue("$offset", page.Skip);
        if (page.After is { } after)
        {
            object key = sort is StrikeSort.DateAscending or StrikeSort.DateDescending
                ? DateOnly.ParseExact(after.Key, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : int.Parse(after.Key, CultureInfo.InvariantCulture);
            parameters.AddWithValue("$afterKey", key);
            parameters.AddWithValue("$afterId", after.Id);
        }
    }
}
