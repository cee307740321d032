using Microsoft.AspNetCore.Mvc.ModelBinding;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Reports;

/// <summary>The report list's filters, shared by <c>/reports</c> and <c>GET /api/v1/reports</c>; paging comes beside them.</summary>
public sealed class ReportFilterParameters : QueryParameters
{
    /// <summary>The longest language code accepted (ISO 639-1 codes are two letters; regional tags are longer).</summary>
    public const int MaxLanguageLength = 8;

    /// <summary>Outlet name(s), comma-separated, matched whole and ignoring case, e.g. UNN.</summary>
    /// <example>UNN</example>
    [ListQuery("outlet", typeof(string), MaxLength = 200)]
    public string? Outlet { get; set; }

    /// <summary>Earliest publication date, inclusive (yyyy-MM-dd). Undated reports are left out when set.</summary>
    /// <example>2024-01-01</example>
    [DateQuery("from")]
    public string? From { get; set; }

    /// <summary>Latest publication date, inclusive (yyyy-MM-dd); not before from. Undated reports are left out when set.</summary>
    /// <example>2024-12-31</example>
    [DateQuery("to")]
    public string? To { get; set; }

    /// <summary>ISO 639-1 language code(s) of the report, comma-separated, e.g. en,uk.</summary>
    /// <example>en,uk</example>
    [ListQuery("language", typeof(string), MaxLength = MaxLanguageLength)]
    public string? Language { get; set; }

    /// <summary>Only reports recorded or changed at or after this UTC time (ISO 8601).</summary>
    /// <example>2024-01-09T00:00:00Z</example>
    [TimestampQuery("updatedSince")]
    public string? UpdatedSince { get; set; }

    private ReportFilter _filter = new();

    /// <summary>The filter, once parsed.</summary>
    [BindNever]
    public ReportFilter Filter => _filter;

    protected internal override void Parse(QueryStringParser parser)
    {
        var read = Read(parser);
        _filter = new ReportFilter
        {
            Outlets = read.TextList(nameof(Outlet)),
            From = read.Date(nameof(From)),
            To = read.Date(nameof(To)),
            Languages = read.TextList(nameof(Language)),
            UpdatedSince = read.Timestamp(nameof(UpdatedSince)),
        };
        read.Order(nameof(From), _filter.From, nameof(To), _filter.To);
    }
}
