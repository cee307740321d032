using System.Globalization;

namespace MissileTracker.Web.Statements;

/// <summary>Readable forms of an aggregate claim's parts, shared by the JSON, the CSV and the pages.</summary>
public static class ClaimTexts
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The word for what a kind counts, as it follows a number: "24 missiles", "14 killed".</summary>
    public static string Noun(ClaimFigureKind kind) => kind switch
    {
        ClaimFigureKind.Other => "",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>"at least 24 missiles (KN-23/KN-24)", "7 regions", "“several dozen” (no number) cases of use".</summary>
    public static string Figure(Figure figure, ClaimFigureKind kind, string? unit, string? weaponLabel)
    {
        var counted = string.IsNullOrWhiteSpace(unit) ? Noun(kind) : unit;
        // A claim that gives no number ("condemnation, no count given") reads as its unit alone.
        var text = figure.IsGiven ? $"{Figures.Format(figure)} {counted}".TrimEnd() : counted;
        return string.IsNullOrWhiteSpace(weaponLabel) ? text : $"{text} ({weaponLabel})";
    }

    /// <summary>"since 30 Dec 2023", "1 Jan 2024 – 31 Jan 2024", "until 5 Feb 2024", each followed by "as of …" when given; null when no date is.</summary>
    public static string? Period(DateOnly? start, DateOnly? end, DateOnly? asOf) =>
        Period(start, end, asOf, (template, date) => string.Format(English, template, Date(date)));

    /// <summary>
    /// <see cref="Period(DateOnly?, DateOnly?, DateOnly?)"/> with the words and dates of a page's language: <paramref name="say"/>
    /// fills a template ("since {0}") with a date. The JSON and CSV keep the English form.
    /// </summary>
    public static string? Period(DateOnly? start, DateOnly? end, DateOnly? asOf, Func<string, DateOnly, string> say)
    {
        var range = (start, end) switch
        {
            ({ } s, null) => say("since {0}", s),
            (null, { } e) => say("until {0}", e),
            ({ } s, { } e) when s == e => say("on {0}", s),
            ({ } s, { } e) => $"{say("{0}", s)} – {say("{0}", e)}",
            _ => null,
        };
        var asOfText = asOf is { } a ? say("as of {0}", a) : null;
        return (range, asOfText) switch
        {
            (null, null) => null,
            ({ } r, null) => r,
            (null, { } o) => o,
            ({ } r, { } o) => $"{r}, {o}",
        };
    }

    private static string Date(DateOnly date) => date.ToString("d MMM yyyy", English);
}
