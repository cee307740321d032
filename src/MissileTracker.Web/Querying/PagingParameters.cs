using Microsoft.AspNetCore.Mvc;

namespace MissileTracker.Web.Querying;

/// <summary>Paging for lists that have no other filters.</summary>
public sealed class PagingParameters
{
    /// <summary>Page number, from 1.</summary>
    /// <example>1</example>
    [FromQuery(Name = "page")]
    public string? Page { get; set; }

    /// <summary>Records per page, 1 to 100 (default 25).</summary>
    /// <example>25</example>
    [FromQuery(Name = "pageSize")]
    public string? PageSize { get; set; }

    public PageRequest Parse(QueryStringParser errors) => errors.Paging(Page, PageSize);
}
