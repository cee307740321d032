using System.Text.RegularExpressions;

namespace MissileTracker.Web.AirForce;

/// <summary>
/// The dataset's <c>source</c> cell is a post path without host (<c>kpszsu/posts/pfbid…</c>): a path on Facebook, where
/// the Air Force posts its reports. The path is stored verbatim and the https URL is built from it here, once.
/// </summary>
public static partial class AirForcePosts
{
    public const string Host = "https://www.facebook.com/";

    /// <summary>True for a relative path of plain URL segments (no scheme, no "..", no query): nothing that could point elsewhere.</summary>
    public static bool IsPostPath(string path) => PostPath().IsMatch(path) && !path.Split('/').Any(s => s is "." or "..");

    public static string UrlOf(string path) => Host + path.TrimStart('/');

    /// <summary>The account that published the post: the path's first segment.</summary>
    public static string AccountOf(string path) => path.TrimStart('/').Split('/')[0];

    [GeneratedRegex(@"^/?[A-Za-z0-9._-]+(/[A-Za-z0-9._~%=-]+)+/?$")]
    private static partial Regex PostPath();
}
