using Microsoft.AspNetCore.Mvc;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Strikes;

/// <summary>
/// The strike list's query string, shared by the timeline page and <c>GET /api/v1/strikes</c>.
/// Everything arrives as text so that a bad value is reported by name instead of failing binding.
/// </summary>
public sealed class StrikeListParameters
{
    /// <summary>Earliest strike date, inclusive (yyyy-MM-dd).</summary>
    /// <example>2023-12-01</example>
    [FromQuery(Name = "from")]
    public string? From { get; set; }

    /// <summary>Latest strike date, inclusive (yyyy-MM-dd).</summary>
    /// <example>2024-01-31</example>
    [FromQuery(Name = "to")]
    public string? To { get; set; }

    /// <summary>Oblast name(s), comma-separated, any of which matches: Kharkiv, KyivCity, Crimea, Sevastopol, … (see the Oblast schema).</summary>
    /// <example>Kharkiv</example>
    [FromQuery(Name = "oblast")]
    public string? Oblast { get; set; }

    /// <summary>Missile type code(s), comma-separated, from <c>GET /api/v1/weapons</c>, e.g. kn-23.</summary>
    /// <example>kn-23</example>
    [FromQuery(Name = "type")]
    public string? Type { get; set; }

    /// <summary>Origin status(es), comma-separated: Suspected, ReportedByOfficials, ConfirmedByDebris, Retracted.</summary>
    /// <example>ReportedByOfficials</example>
    [FromQuery(Name = "status")]
    public string? Status { get; set; }

    /// <summary>Only strikes created or changed at or after this UTC time (ISO 8601). API only.</summary>
    /// <example>2024-01-09T00:00:00Z</example>
    [FromQuery(Name = "updatedSince")]
    public string? UpdatedSince { get; set; }

    /// <summary>Sort order: -date (newest first, default), date, -updated, updated.</summary>
    /// <example>-date</example>
    [FromQuery(Name = "sort")]
    public string? Sort { get; set; }

    /// <summary>Page number, from 1.</summary>
    /// <example>1</example>
    [FromQuery(Name = "page")]
    public string? Page { get; set; }

    /// <summary>Strikes per page, 1 to 100 (default 25).</summary>
    /// <example>25</example>
    [FromQuery(Name = "pageSize")]
    public string? PageSize { get; set; }

    private static readonly Dictionary<string, StrikeSort> Sorts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["-date"] = StrikeSort.DateDescending,
        ["date"] = StrikeSort.DateAscending,
        ["-updated"] = StrikeSort.UpdatedDescending,
        ["updated"] = StrikeSort.UpdatedAscending,
    };

    /// <summary>Turns the text into a filter and a page, or lists what is wrong, by parameter.</summary>
    public (StrikeFilter Filter, PageRequest Page) Parse(IReadOnlyCollection<string> weaponCodes, QueryErrors errors)
    {
        var filter = new StrikeFilter(
            errors.Date("from", From),
            errors.Date("to", To),
            errors.EnumList<Oblast>("oblast", Oblast),
            errors.CodeList("type", Type, weaponCodes),
            errors.EnumList<OriginStatus>("status", Status),
            errors.Timestamp("updatedSince", UpdatedSince),
            errors.Choice("sort", Sort, Sorts, StrikeSort.DateDescending));
        if (filter.From is { } from && filter.To is { } to && from > to)
        {
            errors.Add("to", $"'to' ({to:yyyy-MM-dd}) is before 'from' ({from:yyyy-MM-dd}).");
        }

        return (filter, errors.Paging(Page, PageSize));
    }
}
