using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;

namespace MissileTracker.Web.Localization;

/// <summary>The languages the pages are served in, and where each lives: English at the root, Ukrainian under <c>/uk</c>.</summary>
public static class Languages
{
    public const string English = "en";
    public const string Ukrainian = "uk";

    /// <summary>The path prefix of the Ukrainian pages.</summary>
    public static readonly PathString UkrainianPrefix = new("/uk");

    public static readonly CultureInfo[] Cultures = [CultureInfo.GetCultureInfo(English), CultureInfo.GetCultureInfo(Ukrainian)];

    /// <summary>The language of the current request (the UI culture <c>RequestLocalization</c> set).</summary>
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == Ukrainian ? Ukrainian : English;

    /// <summary>
    /// This page's address in the given language: the same path and query, with or without <c>/uk</c>. Page links
    /// are generated under the request's path base, which holds <c>/uk</c> on a Ukrainian page
    /// (<see cref="LanguagePaths"/>), so the site's own links never need this; the switcher and hreflang do.
    /// </summary>
    public static string PathFor(HttpRequest request, string language)
    {
        var root = LanguagePaths.RootPathBase(request.HttpContext);
        var prefix = language == Ukrainian ? root.Add(UkrainianPrefix) : root;
        // An error page re-executed for a 404 switches to the address that was asked for, not to /Error.
        var reExecuted = request.HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        var (own, query) = reExecuted is null ? (request.Path, request.QueryString.Value) : (new PathString(reExecuted.OriginalPath), reExecuted.OriginalQueryString);
        var path = prefix.Add(own).Value;
        return (string.IsNullOrEmpty(path) ? "/" : path) + query;
    }

    /// <summary><see cref="PathFor"/> as an absolute URL, as hreflang links want.</summary>
    public static string UrlFor(HttpRequest request, string language) =>
        $"{request.Scheme}://{request.Host}{PathFor(request, language)}";

    /// <summary>A path outside the localized pages (the API, Swagger UI), under the app's own path base only.</summary>
    public static string Neutral(HttpContext context, string path) => LanguagePaths.RootPathBase(context).Add(path).Value ?? path;
}
