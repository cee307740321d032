using Microsoft.AspNetCore.Mvc.ModelBinding;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Strikes;

/// <summary>
/// The strike list's own query parameters, shared by the timeline page and <c>GET /api/v1/strikes</c>: sorting,
/// the keyset cursor and field selection. The page number (<see cref="PagingParameters"/>, which the cursor
/// replaces) and the filters (<see cref="StrikeFilterParameters"/>) come beside them.
/// </summary>
public sealed class StrikeListParameters : QueryParameters
{
    /// <summary>
    /// Sort order: -date (newest first, default), date, -updated (recently changed first), updated,
    /// -casualties (killed + injured, most first; unknown counts as 0), casualties. Ties are broken by id.
    /// </summary>
    /// <example>-date</example>
    [ChoiceQuery("sort", typeof(StrikeSort))]
    public string? Sort { get; set; }

    /// <summary>
    /// Keyset position from a previous response's links.nextCursor (opaque; keep the same sort). The page then
    /// holds the strikes after that position, so strikes added meanwhile cause no duplicates or gaps. Not with page.
    /// Prefer following links.nextCursor to page numbers on large result sets.
    /// </summary>
    /// <example>eyJzIjoiLWRhdGUiLCJrIjoiMjAyNC0wMS0wNiIsImkiOjN9</example>
    [TextQuery("cursor", 512)]
    public string? Cursor { get; set; }

    /// <summary>
    /// Field(s) to return for each strike, comma-separated (JSON list only), e.g. id,date,location; id is always
    /// included. Default: all fields.
    /// </summary>
    /// <example>id,date,location,killed</example>
    [ListQuery("fields", typeof(string), FieldsOf = typeof(StrikeSummary))]
    public string? Fields { get; set; }

    private StrikeSort _order;
    private IReadOnlySet<string>? _fieldSet;

    /// <summary>The order, once parsed.</summary>
    [BindNever]
    public StrikeSort Order => _order;

    /// <summary>The fields chosen with <c>fields=</c>, once parsed, or null for all.</summary>
    [BindNever]
    public IReadOnlySet<string>? FieldSet => _fieldSet;

    protected internal override void Parse(QueryStringParser parser)
    {
        var read = Read(parser);
        _order = read.Choice<StrikeSort>(nameof(Sort));
        var chosen = read.FieldList(nameof(Fields), StrikeFields.Names);
        _fieldSet = chosen.Count == 0 ? null : chosen.Append("id").ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>A valid cursor turns the page asked for into a keyset position: the page number is then not used.</summary>
    protected internal override void Combine(IReadOnlyList<QueryParameters> all, QueryStringParser parser)
    {
        var paging = all.OfType<PagingParameters>().Single();
        paging.Use(paging.PageRequest with { After = After(Read(parser).Text(nameof(Cursor)), paging, parser) });
    }

    // Keyset paging: a cursor written by this app for the same sort, and no page number beside it.
    private Querying.Cursor? After(string? cursor, PagingParameters paging, QueryStringParser parser)
    {
        if (cursor is null)
        {
            return null;
        }

        if (!string.IsNullOrWhiteSpace(paging.Page))
        {
            parser.Add("cursor", "Use either page or cursor, not both.");
            return null;
        }

        var after = Querying.Cursor.TryDecode(cursor);
        var sort = StrikeSorting.NameOf(_order);
        if (after is not null && !after.Sort.Equals(sort, StringComparison.Ordinal))
        {
            parser.Add("cursor", $"The cursor was made for sort '{after.Sort}', not '{sort}'; keep the sort while following cursors.");
            return null;
        }

        if (after is null || !StrikeSorting.IsReadable(_order, after))
        {
            parser.Add("cursor", "The cursor is not valid; use the links.next or links.nextCursor URL of a previous response.");
            return null;
        }

        return after;
    }
}
