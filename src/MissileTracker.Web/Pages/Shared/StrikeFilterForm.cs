using MissileTracker.Web.Strikes;
using MissileTracker.Web.Weapons;

namespace MissileTracker.Web.Pages.Shared;

/// <summary>
/// The strike filter form shared by the timeline, the map and the statistics: the same query-string
/// names as <c>GET /api/v1/strikes</c>, so a filtered page's URL can be shared or turned into an API call.
/// </summary>
/// <param name="Query">The filters as typed.</param>
/// <param name="Weapons">Missile types for the type list.</param>
/// <param name="Raions">Raions suggested for the raion filter (any raion may be typed).</param>
/// <param name="Errors">Messages by parameter name.</param>
/// <param name="IsFiltered">Whether any filter is set (shows the Clear link).</param>
/// <param name="Page">The page the form submits to, e.g. /Index or /Map.</param>
public sealed record StrikeFilterForm(StrikeFilterParameters Query, IReadOnlyList<WeaponDto> Weapons, IReadOnlyList<string> Raions, IDictionary<string, string[]> Errors, bool IsFiltered, string Page)
{
    public string? ErrorFor(string parameter) => Errors.TryGetValue(parameter, out var messages) ? string.Join(" ", messages) : null;

    public string InvalidClass(string parameter) => ErrorFor(parameter) is null ? "" : "is-invalid";

    /// <summary>True when a filter other than paging and sorting is in the query string.</summary>
    public static bool AnyFilter(HttpRequest request) =>
        request.Query.Keys.Any(k => k is not ("sort" or "page" or "pageSize" or "cursor" or "fields"));
}
