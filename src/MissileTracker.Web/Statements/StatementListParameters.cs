using Microsoft.AspNetCore.Mvc;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Statements;

/// <summary>The query string of <c>GET /api/v1/claims</c>, and the base of <c>GET /api/v1/statements</c>'s.</summary>
public class ClaimListParameters
{
    /// <summary>Official id(s), comma-separated (<c>GET /api/v1/officials</c>): statements by any of them.</summary>
    /// <example>1</example>
    [FromQuery(Name = "official"), ListValue(typeof(int))]
    public string? Official { get; set; }

    /// <summary>Organisation name(s), comma-separated, matched whole and ignoring case: statements made on its behalf.</summary>
    /// <example>U.S. Department of State</example>
    [FromQuery(Name = "organisation"), ListValue(typeof(string))]
    public string? Organisation { get; set; }

    /// <summary>Stated on or after this date (yyyy-MM-dd). Undated statements are left out when set.</summary>
    /// <example>2024-01-01</example>
    [FromQuery(Name = "from"), DateValue]
    public string? From { get; set; }

    /// <summary>Stated on or before this date (yyyy-MM-dd); not before from. Undated statements are left out when set.</summary>
    /// <example>2024-12-31</example>
    [FromQuery(Name = "to"), DateValue]
    public string? To { get; set; }

    /// <summary>Text that must occur in the quote (at most 200 characters, ignoring case).</summary>
    /// <example>ballistic</example>
    [FromQuery(Name = "q"), TextValue(200)]
    public string? Q { get; set; }

    /// <summary>Only statements recorded or changed at or after this UTC time (ISO 8601).</summary>
    /// <example>2024-01-09T00:00:00Z</example>
    [FromQuery(Name = "updatedSince"), TimestampValue]
    public string? UpdatedSince { get; set; }

    /// <summary>Page number, from 1.</summary>
    /// <example>1</example>
    [FromQuery(Name = "page"), IntegerValue(1, int.MaxValue / PageRequest.MaxPageSize, Default = 1)]
    public string? Page { get; set; }

    /// <summary>Statements per page, 1 to 100 (default 25).</summary>
    /// <example>25</example>
    [FromQuery(Name = "pageSize"), IntegerValue(1, PageRequest.MaxPageSize, Default = PageRequest.DefaultPageSize)]
    public string? PageSize { get; set; }

    public virtual (StatementFilter Filter, PageRequest Page) Parse(QueryStringParser errors)
    {
        var filter = new StatementFilter
        {
            OfficialIds = errors.IdList("official", Official),
            Organisations = errors.TextList("organisation", Organisation),
            From = errors.Date("from", From),
            To = errors.Date("to", To),
            Text = errors.Text("q", Q, 200),
            UpdatedSince = errors.Timestamp("updatedSince", UpdatedSince),
        };
        if (filter.From is { } from && filter.To is { } to && from > to)
        {
            errors.Add("to", $"'to' ({to:yyyy-MM-dd}) is before 'from' ({from:yyyy-MM-dd}).");
        }

        return (filter, errors.Paging(Page, PageSize));
    }
}

/// <summary>The statement list's query string: the claims' filters plus which kind of statement to list.</summary>
public sealed class StatementListParameters : ClaimListParameters
{
    /// <summary>true: aggregate claims only (as <c>/api/v1/claims</c>); false: statements about specific strikes only. Default: both.</summary>
    /// <example>false</example>
    [FromQuery(Name = "aggregate"), BooleanValue]
    public string? Aggregate { get; set; }

    public override (StatementFilter Filter, PageRequest Page) Parse(QueryStringParser errors)
    {
        var aggregate = errors.Boolean("aggregate", Aggregate);
        var (filter, page) = base.Parse(errors);
        return (filter with { Aggregate = aggregate }, page);
    }
}
