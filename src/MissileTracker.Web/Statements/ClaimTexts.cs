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
    public static string? Period(DateOnly? start, DateOnly? end, DateOnly? asOf)
    {
        var range = (start, end) switch
        {
            ({ } s, null) => "since " + Date(s),
            (null, { } e) => "until " + Date(e),
            ({ } s, { } e) when s == e => "on " + Date(s),
            ({ } s, { } e) => $"{Date(s)} – {Date(e)}",
            _ => null,
        };
        var asOfText = asOf is { } a ? "as of " + Date(a) : null;
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
