using Microsoft.AspNetCore.Mvc.ModelBinding;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Statements;

/// <summary>
/// The statement filters: the whole query string of <c>GET /api/v1/claims</c> (besides paging), and most of
/// <c>GET /api/v1/statements</c>'s.
/// </summary>
public sealed class StatementFilterParameters : QueryParameters
{
    /// <summary>Official id(s), comma-separated (<c>GET /api/v1/officials</c>): statements by any of them.</summary>
    /// <example>1</example>
    [ListQuery("official", typeof(int))]
    public string? Official { get; set; }

    /// <summary>Organisation name(s), comma-separated, matched whole and ignoring case: statements made on its behalf.</summary>
    /// <example>U.S. Department of State</example>
    [ListQuery("organisation", typeof(string), MaxLength = 200)]
    public string? Organisation { get; set; }

    /// <summary>Stated on or after this date (yyyy-MM-dd). Undated statements are left out when set.</summary>
    /// <example>2024-01-01</example>
    [DateQuery("from")]
    public string? From { get; set; }

    /// <summary>Stated on or before this date (yyyy-MM-dd); not before from. Undated statements are left out when set.</summary>
    /// <example>2024-12-31</example>
    [DateQuery("to")]
    public string? To { get; set; }

    /// <summary>Text that must occur in the quote (at most 200 characters, ignoring case).</summary>
    /// <example>ballistic</example>
    [TextQuery("q", 200)]
    public string? Q { get; set; }

    /// <summary>Only statements recorded or changed at or after this UTC time (ISO 8601).</summary>
    /// <example>2024-01-09T00:00:00Z</example>
    [TimestampQuery("updatedSince")]
    public string? UpdatedSince { get; set; }

    private StatementFilter _filter = StatementFilter.None;

    /// <summary>The filter, once parsed.</summary>
    [BindNever]
    public StatementFilter Filter => _filter;

    protected internal override void Parse(QueryStringParser parser)
    {
        var read = Read(parser);
        _filter = new StatementFilter
        {
            OfficialIds = read.IdList(nameof(Official)),
            Organisations = read.TextList(nameof(Organisation)),
            From = read.Date(nameof(From)),
            To = read.Date(nameof(To)),
            Text = read.Text(nameof(Q)),
            UpdatedSince = read.Timestamp(nameof(UpdatedSince)),
        };
        read.Order(nameof(From), _filter.From, nameof(To), _filter.To);
    }
}
