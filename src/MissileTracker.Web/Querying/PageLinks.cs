using Microsoft.AspNetCore.WebUtilities;

namespace MissileTracker.Web.Querying;

/// <summary>Links to neighbouring pages: the current query string with only <c>page</c> changed.</summary>
/// <param name="Self">This page.</param>
/// <param name="First">The first page.</param>
/// <param name="Previous">The previous page; null on the first.</param>
/// <param name="Next">The next page; null on the last.</param>
/// <param name="Last">The last page.</param>
public sealed record PageLinks(string Self, string First, string? Previous, string? Next, string Last)
{
    /// <param name="request">The request whose query string the links keep.</param>
    /// <param name="page">The page being shown.</param>
    /// <param name="absolute">Absolute URLs for API clients; path-relative ones for pages.</param>
    public static PageLinks For<T>(HttpRequest request, Page<T> page, bool absolute)
    {
        string Url(int number) => UrlFor(request, number, absolute);
        return new PageLinks(
            Url(page.Request.Page),
            Url(1),
            page.HasPrevious ? Url(page.Request.Page - 1) : null,
            page.HasNext ? Url(page.Request.Page + 1) : null,
            Url(page.PageCount));
    }

    private static string UrlFor(HttpRequest request, int pageNumber, bool absolute)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value)
            .Where(kv => !kv.Key.Equals("page", StringComparison.OrdinalIgnoreCase))
            .SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string?>(kv.Key, v)))
            .ToList();
        if (pageNumber > 1)
        {
            query.Add(new("page", pageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var path = request.PathBase + request.Path;
        var relative = QueryHelpers.AddQueryString(path.Value ?? "/", query);
        return absolute ? $"{request.Scheme}://{request.Host}{relative}" : relative;
    }
}

/// <summary>A page of results as the API returns it.</summary>
/// <param name="Items">The records on this page.</param>
/// <param name="Page">This page's number (1-based).</param>
/// <param name="PageSize">Records per page.</param>
/// <param name="Total">Records matching the filters, on all pages.</param>
/// <param name="PageCount">Number of pages.</param>
/// <param name="Links">Links to this, the first, previous, next and last page; previous/next are null at the ends.</param>
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total, int PageCount, PageLinks Links);

public static class PagedResponse
{
    public static PagedResponse<T> From<T>(Page<T> page, HttpRequest request) =>
        new(page.Items, page.Request.Page, page.Request.PageSize, page.Total, page.PageCount, PageLinks.For(request, page, absolute: true));
}
