using Microsoft.AspNetCore.Mvc;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Reports;

/// <summary>The report list's query string, shared by <c>/reports</c> and <c>GET /api/v1/reports</c>.</summary>
public sealed class ReportListParameters
{
    /// <summary>Outlet name, exact (case-insensitive), e.g. UNN.</summary>
    /// <example>UNN</example>
    [FromQuery(Name = "outlet")]
    public string? Outlet { get; set; }

    /// <summary>Earliest publication date, inclusive (yyyy-MM-dd). Undated reports are left out when set.</summary>
    /// <example>2024-01-01</example>
    [FromQuery(Name = "from")]
    public string? From { get; set; }

    /// <summary>Latest publication date, inclusive (yyyy-MM-dd). Undated reports are left out when set.</summary>
    /// <example>2024-12-31</example>
    [FromQuery(Name = "to")]
    public string? To { get; set; }

    /// <summary>Page number, from 1.</summary>
    /// <example>1</example>
    [FromQuery(Name = "page")]
    public string? Page { get; set; }

    /// <summary>Reports per page, 1 to 100 (default 25).</summary>
    /// <example>25</example>
    [FromQuery(Name = "pageSize")]
    public string? PageSize { get; set; }

    public (ReportFilter Filter, PageRequest Page) Parse(QueryErrors errors)
    {
        var filter = new ReportFilter(string.IsNullOrWhiteSpace(Outlet) ? null : Outlet.Trim(), errors.Date("from", From), errors.Date("to", To));
        if (filter.From is { } from && filter.To is { } to && from > to)
        {
            errors.Add("to", $"'to' ({to:yyyy-MM-dd}) is before 'from' ({from:yyyy-MM-dd}).");
        }

        return (filter, errors.Paging(Page, PageSize));
    }
}

/// <summary>Which reports to list: by outlet and publication date.</summary>
public sealed record ReportFilter(string? Outlet, DateOnly? From, DateOnly? To)
{
    public IQueryable<Report> Apply(IQueryable<Report> reports)
    {
        if (Outlet is { } outlet)
        {
            var lowered = outlet.ToLowerInvariant();
            // Translated to SQL LOWER(); culture overloads and string.Equals(comparison) do not translate.
#pragma warning disable CA1304, CA1311, CA1862
            reports = reports.Where(r => r.Outlet.ToLower() == lowered);
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (From is { } from)
        {
            reports = reports.Where(r => r.PublishedOn >= from);
        }

        if (To is { } to)
        {
            reports = reports.Where(r => r.PublishedOn <= to);
        }

        // By outlet, then newest first; undated reports after dated ones.
        return reports.OrderBy(r => r.Outlet).ThenBy(r => r.PublishedOn == null).ThenByDescending(r => r.PublishedOn).ThenBy(r => r.Id);
    }
}
