using System.Reflection;
using Microsoft.AspNetCore.Http.Extensions;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.Pages.Shared;

/// <summary>
/// The Atom feed and the downloads of the strikes a page shows, carrying the page's filter: a reader subscribes to
/// or downloads exactly what they are looking at. Only the filter parameters are carried (the feed refuses sorting and
/// paging ones with a 400); their names come from <see cref="StrikeFilterParameters"/>'s declarations.
/// </summary>
/// <param name="Query">The filter as a query string, "" or starting with '?'.</param>
/// <param name="What">What the links cover, for their visible heading ("these strikes", "strikes at this place").</param>
public sealed record StrikeSubscriptions(string Query, string What)
{
    private static readonly HashSet<string> FilterNames = typeof(StrikeFilterParameters).GetProperties()
        .Select(p => p.GetCustomAttribute<QueryParameterAttribute>()?.Name)
        .OfType<string>()
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The <c>HttpContext.Items</c> key under which the page's feed reaches the layout's <c>&lt;link rel="alternate"&gt;</c>.</summary>
    public const string FeedItem = "MissileTracker.StrikeFeed";

    public string Feed => $"/api/v1/strikes.atom{Query}";
    public string Csv => $"/api/v1/strikes.csv{Query}";
    public string GeoJson => $"/api/v1/strikes.geojson{Query}";
    public string Json => $"/api/v1/strikes{Query}";

    /// <summary>The links for a filtered view: the request's own filter parameters, every value kept, in order.</summary>
    public static StrikeSubscriptions Of(HttpRequest request, string? what = null) =>
        new(QueryString.Create(request.Query
            .Where(p => FilterNames.Contains(p.Key))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))).ToUriComponent(), what ?? Localization.Text.Of("these strikes"));

    /// <summary>The links for one fixed filter, such as <c>place=12</c> on a place's page.</summary>
    public static StrikeSubscriptions Where(string parameter, int value, string what) =>
        FilterNames.Contains(parameter)
            ? new(QueryString.Create(parameter, value.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToUriComponent(), what)
            : throw new ArgumentException($"'{parameter}' is not a strike filter.", nameof(parameter));
}
