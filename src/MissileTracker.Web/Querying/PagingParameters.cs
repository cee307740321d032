using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace MissileTracker.Web.Querying;

/// <summary>Paging by page number: every list's <c>page</c> and <c>pageSize</c>, declared here once and taken beside a list's other parameter classes.</summary>
public sealed class PagingParameters : QueryParameters
{
    /// <summary>Page number, from 1.</summary>
    /// <example>1</example>
    [IntegerQuery("page", 1, PageRequest.MaxPage, Default = 1)]
    public string? Page { get; set; }

    /// <summary>Records per page, 1 to 100 (default 25).</summary>
    /// <example>25</example>
    [IntegerQuery("pageSize", 1, PageRequest.MaxPageSize, Default = PageRequest.DefaultPageSize)]
    public string? PageSize { get; set; }

    private PageRequest _pageRequest = PageRequest.First;

    /// <summary>The page asked for, once parsed (get-only and <c>BindNever</c>: never bound from the query string).</summary>
    [BindNever]
    public PageRequest PageRequest => _pageRequest;

    protected internal override void Parse(QueryStringParser parser)
    {
        var read = Read(parser);
        _pageRequest = new PageRequest(read.WholeNumber(nameof(Page))!.Value, read.WholeNumber(nameof(PageSize))!.Value);
    }

    /// <summary>Replaces the parsed page, for a list that adds a keyset position (<see cref="QueryParameters.Combine"/>).</summary>
    internal void Use(PageRequest request) => _pageRequest = request;
}
