using System.Globalization;
using System.Resources;

namespace MissileTracker.Web.Localization;

/// <summary>
/// The shared resource for code with no localizer at hand (the static <c>Labels</c>, page models' messages): the
/// English key, or its Ukrainian on a Ukrainian page. Reads the same file as <c>IStringLocalizer&lt;SharedResource&gt;</c>.
/// </summary>
public static class Text
{
    private static readonly ResourceManager Resources = new(typeof(SharedResource));

    /// <summary>The current language's text for an English key.</summary>
    public static string Of(string english) =>
        Languages.Current == Languages.English
            ? english
            // The Ukrainian set alone: there is no neutral resource to fall back to (English is the key), and asking for one throws.
            : Resources.GetResourceSet(CultureInfo.CurrentUICulture, createIfNotExists: true, tryParents: false)?.GetString(english) ?? english;

    /// <summary><see cref="Of"/>, then formatted for the current culture.</summary>
    public static string Format(string english, params object?[] values) =>
        string.Format(CultureInfo.CurrentCulture, Of(english), values);
}
