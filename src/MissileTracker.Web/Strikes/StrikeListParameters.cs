using Microsoft.AspNetCore.Mvc;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Strikes;

/// <summary>
/// The strike list's query string, shared by the timeline page and <c>GET /api/v1/strikes</c>:
/// the filters plus sorting, paging and field selection.
/// </summary>
public sealed class StrikeListParameters : StrikeFilterParameters
{
    /// <summary>
    /// Sort order: -date (newest first, default), date, -updated (recently changed first), updated,
    /// -casualties (killed + injured, most first; unknown counts as 0), casualties. Ties are broken by id.
    /// </summary>
    /// <example>-date</example>
    [FromQuery(Name = "sort"), ChoiceValue("-date", "date", "-updated", "updated", "-casualties", "casualties")]
    public string? Sort { get; set; }

    /// <summary>Page number, from 1 (offset paging). Prefer following links.nextCursor on large result sets.</summary>
    /// <example>1</example>
    [FromQuery(Name = "page"), IntegerValue(1, int.MaxValue / PageRequest.MaxPageSize, Default = 1)]
    public string? Page { get; set; }

    /// <summary>Strikes per page, 1 to 100 (default 25).</summary>
    /// <example>25</example>
    [FromQuery(Name = "pageSize"), IntegerValue(1, PageRequest.MaxPageSize, Default = PageRequest.DefaultPageSize)]
    public string? PageSize { get; set; }

    /// <summary>
    /// Keyset position from a previous response's links.nextCursor (opaque; keep the same sort). The page then
    /// holds the strikes after that position, so strikes added meanwhile cause no duplicates or gaps. Not with page.
    /// </summary>
    /// <example>eyJzIjoiLWRhdGUiLCJrIjoiMjAyNC0wMS0wNiIsImkiOjN9</example>
    [FromQuery(Name = "cursor"), TextValue(512)]
    public string? Cursor { get; set; }

    /// <summary>
    /// Field(s) to return for each strike, comma-separated (JSON list only), e.g. id,date,location; id is always
    /// included. Default: all fields.
    /// </summary>
    /// <example>id,date,location,killed</example>
    [FromQuery(Name = "fields"), ListValue(typeof(string), FieldsOf = typeof(StrikeSummary))]
    public string? Fields { get; set; }

    /// <summary>Turns the text into a filter and a page, or lists what is wrong, by parameter.</summary>
    public (StrikeFilter Filter, PageRequest Page) Parse(IReadOnlyCollection<string> weaponCodes, QueryStringParser errors)
    {
        var sort = errors.Choice("sort", Sort, StrikeSorting.ByName, StrikeSort.DateDescending);
        var filter = ParseFilter(weaponCodes, errors, sort);
        var page = errors.Paging(Page, PageSize, Cursor, StrikeSorting.NameOf(sort));
        if (page.After is { } after && !StrikeSorting.IsReadable(sort, after))
        {
            errors.Add("cursor", "The cursor is not valid; use the links.next or links.nextCursor URL of a previous response.");
            page = page with { After = null };
        }

        return (filter, page);
    }

    /// <summary>The fields chosen with <c>fields=</c>, or null for all.</summary>
    public IReadOnlySet<string>? ParseFields(QueryStringParser errors) => StrikeFields.Parse(Fields, errors);
}
