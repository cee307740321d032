using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace MissileTracker.Web.Querying;

/// <summary>
/// Links to neighbouring pages: the current query string with only <c>page</c> (or <c>cursor</c>) changed.
/// </summary>
/// <param name="Self">This page.</param>
/// <param name="First">The first page.</param>
/// <param name="Previous">The previous page; null on the first page and when paging by cursor.</param>
/// <param name="Next">The next page; null on the last. By page number, or by cursor when this page was fetched by cursor.</param>
/// <param name="Last">The last page, by page number.</param>
/// <param name="NextCursor">
/// The next page by keyset cursor: unaffected by strikes added or changed while you page, so following it
/// from the first page visits every row once. Null on the last page and on lists without keyset paging.
/// </param>
public sealed record PageLinks(string Self, string First, string? Previous, string? Next, string Last, string? NextCursor = null)
{
    /// <param name="request">The request whose query string the links keep.</param>
    /// <param name="page">The page being shown.</param>
    /// <param name="absolute">Absolute URLs for API clients (from the public base URL); path-relative ones for pages.</param>
    public static PageLinks For<T>(HttpRequest request, Page<T> page, bool absolute)
    {
        string Url(int number) => UrlFor(request, absolute, number > 1 ? ("page", number.ToString(CultureInfo.InvariantCulture)) : null);
        var nextCursor = page.NextCursor is { } cursor ? UrlFor(request, absolute, ("cursor", cursor.Encode())) : null;
        var next = page.Request.ByCursor ? nextCursor : page.HasNext ? Url(page.Request.Page + 1) : null;
        return new PageLinks(
            page.Request.ByCursor ? UrlFor(request, absolute, ("cursor", page.Request.After!.Encode())) : Url(page.Request.Page),
            Url(1),
            page.HasPrevious ? Url(page.Request.Page - 1) : null,
            next,
            Url(page.PageCount),
            nextCursor);
    }

    private static string UrlFor(HttpRequest request, bool absolute, (string Key, string Value)? position)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value)
            .Where(kv => !kv.Key.Equals("page", StringComparison.OrdinalIgnoreCase) && !kv.Key.Equals("cursor", StringComparison.OrdinalIgnoreCase))
            .SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string?>(kv.Key, v)))
            .ToList();
        if (position is { } p)
        {
            query.Add(new(p.Key, p.Value));
        }

        // Absolute links start at the configured public address, never at the request's Host header.
        return absolute
            ? Http.PublicBaseUrl.Of(request) + QueryHelpers.AddQueryString(request.Path.Value ?? "/", query)
            : QueryHelpers.AddQueryString((request.PathBase + request.Path).Value ?? "/", query);
    }
}

/// <summary>A page of results as the API returns it.</summary>
/// <param name="Items">The records on this page.</param>
/// <param name="Page">This page's number (1-based); null when the page was fetched by cursor.</param>
/// <param name="PageSize">Records per page.</param>
/// <param name="Total">Records matching the filters, on all pages.</param>
/// <param name="PageCount">Number of pages.</param>
/// <param name="Links">Links to this, the first, previous, next and last page; previous/next are null at the ends.</param>
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int? Page, int PageSize, int Total, int PageCount, PageLinks Links);

public static class PagedResponse
{
    public static PagedResponse<T> From<T>(Page<T> page, HttpRequest request) =>
        new(page.Items, page.Request.ByCursor ? null : page.Request.Page, page.Request.PageSize, page.Total, page.PageCount,
            PageLinks.For(request, page, absolute: true));
}
