using Microsoft.AspNetCore.Mvc;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Reports;

/// <summary>The report list's query string, shared by <c>/reports</c> and <c>GET /api/v1/reports</c>.</summary>
public sealed class ReportListParameters
{
    /// <summary>Outlet name(s), comma-separated, matched whole and ignoring case, e.g. UNN.</summary>
    /// <example>UNN</example>
    [FromQuery(Name = "outlet"), ListValue(typeof(string))]
    public string? Outlet { get; set; }

    /// <summary>Earliest publication date, inclusive (yyyy-MM-dd). Undated reports are left out when set.</summary>
    /// <example>2024-01-01</example>
    [FromQuery(Name = "from"), DateValue]
    public string? From { get; set; }

    /// <summary>Latest publication date, inclusive (yyyy-MM-dd); not before from. Undated reports are left out when set.</summary>
    /// <example>2024-12-31</example>
    [FromQuery(Name = "to"), DateValue]
    public string? To { get; set; }

    /// <summary>ISO 639-1 language code(s) of the report, comma-separated, e.g. en,uk.</summary>
    /// <example>en,uk</example>
    [FromQuery(Name = "language"), ListValue(typeof(string))]
    public string? Language { get; set; }

    /// <summary>Only reports recorded or changed at or after this UTC time (ISO 8601).</summary>
    /// <example>2024-01-09T00:00:00Z</example>
    [FromQuery(Name = "updatedSince"), TimestampValue]
    public string? UpdatedSince { get; set; }

    /// <summary>Page number, from 1.</summary>
    /// <example>1</example>
    [FromQuery(Name = "page"), IntegerValue(1, int.MaxValue / PageRequest.MaxPageSize, Default = 1)]
    public string? Page { get; set; }

    /// <summary>Reports per page, 1 to 100 (default 25).</summary>
    /// <example>25</example>
    [FromQuery(Name = "pageSize"), IntegerValue(1, PageRequest.MaxPageSize, Default = PageRequest.DefaultPageSize)]
    public string? PageSize { get; set; }

    public (ReportFilter Filter, PageRequest Page) Parse(QueryStringParser errors)
    {
        var filter = new ReportFilter
        {
            Outlets = errors.TextList("outlet", Outlet),
            From = errors.Date("from", From),
            To = errors.Date("to", To),
            Languages = errors.TextList("language", Language, maxLength: 8),
            UpdatedSince = errors.Timestamp("updatedSince", UpdatedSince),
        };
        if (filter.From is { } from && filter.To is { } to && from > to)
        {
            errors.Add("to", $"'to' ({to:yyyy-MM-dd}) is before 'from' ({from:yyyy-MM-dd}).");
        }

        return (filter, errors.Paging(Page, PageSize));
    }
}

/// <summary>Which reports to list: by outlet, publication date, language and change time.</summary>
public sealed record ReportFilter
{
    public IReadOnlyList<string> Outlets { get; init; } = [];
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public IReadOnlyList<string> Languages { get; init; } = [];
    public DateTime? UpdatedSince { get; init; }

    // ToLower() is translated to SQL LOWER(); culture overloads and string.Equals(comparison) do not translate.
#pragma warning disable CA1304, CA1308, CA1311, CA1862
    public IQueryable<Report> Apply(IQueryable<Report> reports)
    {
        if (Outlets.Count > 0)
        {
            var outlets = Outlets.Select(o => o.ToLowerInvariant()).ToList();
            reports = reports.Where(r => outlets.Contains(r.Outlet.ToLower()));
        }

        if (From is { } from)
        {
            reports = reports.Where(r => r.PublishedOn >= from);
        }

        if (To is { } to)
        {
            reports = reports.Where(r => r.PublishedOn <= to);
        }

        if (Languages.Count > 0)
        {
            var languages = Languages.Select(l => l.ToLowerInvariant()).ToList();
            reports = reports.Where(r => languages.Contains(r.Language.ToLower()));
        }

        if (UpdatedSince is { } since)
        {
            reports = reports.Where(r => r.UpdatedAt >= since);
        }

        // By outlet, then newest first; undated reports after dated ones.
        return reports.OrderBy(r => r.Outlet).ThenBy(r => r.PublishedOn == null).ThenByDescending(r => r.PublishedOn).ThenBy(r => r.Id);
    }
#pragma warning restore CA1304, CA1308, CA1311, CA1862
}
