using System.Text.RegularExpressions;

namespace MissileTracker.Web.Releases;

/// <summary>
/// A release's version: letters, digits, dots, dashes and underscores, starting with a letter or digit
/// (<c>2026.12</c>, <c>2026.12.1</c>). It names a directory and a URL segment, so nothing else is allowed.
/// </summary>
public static partial class ReleaseVersion
{
    /// <summary>The alias for the newest release that is not withdrawn.</summary>
    public const string Latest = "latest";

    public const int MaxLength = 32;

    /// <summary>Names the site's addresses use beside versions (<c>/releases/diff</c>).</summary>
    private static readonly string[] Reserved = [Latest, "diff"];

    public static bool IsValid(string? version) =>
        version is not null && version.Length <= MaxLength && Pattern().IsMatch(version) && !Reserved.Contains(version, StringComparer.OrdinalIgnoreCase);

    public const string Rule = "Use 1–32 letters, digits, '.', '-' or '_', starting with a letter or digit (e.g. 2026.12); 'latest' and 'diff' are reserved.";

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex Pattern();
}
