using MissileTracker.Web.Publishing;
using MissileTracker.Web.Sources;
using MissileTracker.Web.Statements;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.Pages.Shared;

/// <summary>Words the pages use for enum values.</summary>
public static class Labels
{
    public static string Of(OriginStatus status) => status switch
    {
        OriginStatus.Suspected => "Suspected",
        OriginStatus.ReportedByOfficials => "Reported by officials",
        OriginStatus.ConfirmedByDebris => "Confirmed by debris analysis",
        OriginStatus.Retracted => "Retracted",
        _ => status.ToString(),
    };

    public static string Of(LocationPrecision precision) => precision switch
    {
        LocationPrecision.NotReported => "not reported",
        LocationPrecision.Oblast => "oblast only",
        LocationPrecision.District => "district",
        LocationPrecision.Settlement => "settlement",
        LocationPrecision.Exact => "exact site",
        _ => precision.ToString(),
    };

    public static string Of(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "day",
        DatePrecision.NightOf => "night starting on the date",
        DatePrecision.Month => "month only",
        DatePrecision.Approximate => "approximate",
        DatePrecision.Week => "week starting on the date",
        DatePrecision.Window => "window from start to end",
        _ => precision.ToString(),
    };

    public static string Of(FigureQualifier qualifier) => qualifier switch
    {
        FigureQualifier.Exact => "exactly",
        FigureQualifier.AtLeast => "at least",
        FigureQualifier.AtMost => "up to",
        FigureQualifier.About => "about",
        FigureQualifier.MoreThan => "more than",
        FigureQualifier.Range => "range (low–high)",
        _ => qualifier.ToString(),
    };

    /// <summary>
    /// When a strike happened, as readers see it: the readable date, then the reported times (a window's text
    /// already holds them), marked as Kyiv time: "night of 5/6 Aug 2024, 22:00–04:00 Kyiv time".
    /// </summary>
    public static string When(string dateText, DatePrecision precision, StrikeWindow window)
    {
        if (precision == DatePrecision.Window)
        {
            return window.StartTime is null && window.EndTime is null ? dateText : dateText + " Kyiv time";
        }

        var times = (window.StartTime, window.EndTime) switch
        {
            ({ } start, { } end) => $", {Clock(start)}–{Clock(end)}",
            ({ } start, null) => $", {Clock(start)}",
            (null, { } end) => $", until {Clock(end)}",
            _ => "",
        };
        return times.Length == 0 ? dateText : dateText + times + " Kyiv time";
    }

    private static string Clock(TimeOnly time) => time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public static string Of(ClaimFigureKind kind) => kind switch
    {
        ClaimFigureKind.Missiles => "missiles",
        ClaimFigureKind.Launchers => "launchers",
        ClaimFigureKind.Attacks => "attacks",
        ClaimFigureKind.Regions => "regions",
        ClaimFigureKind.Killed => "people killed",
        ClaimFigureKind.Injured => "people injured",
        ClaimFigureKind.Supplied => "supplied (delivered)",
        ClaimFigureKind.Launched => "launched",
        ClaimFigureKind.Intercepted => "intercepted",
        ClaimFigureKind.Examined => "examined (e.g. debris)",
        ClaimFigureKind.Cases => "cases",
        ClaimFigureKind.Other => "other (say what in the unit)",
        _ => kind.ToString(),
    };

    public static string Of(OriginClaim claim) => claim switch
    {
        OriginClaim.NotStated => "origin not stated",
        OriginClaim.NorthKorea => "made in North Korea",
        OriginClaim.Russia => "made in Russia",
        OriginClaim.Other => "made elsewhere",
        OriginClaim.Denied => "foreign origin denied",
        _ => claim.ToString(),
    };

    /// <summary>A source's weapon: its own words, then the catalogue types they stand for ("KN-23 or KN-24" → KN-23, KN-24).</summary>
    public static string Weapon(string? label, IReadOnlyList<Weapons.WeaponDto> types)
    {
        var names = string.Join(", ", types.Select(t => t.Name));
        return (label, names.Length) switch
        {
            (null, 0) => "not given",
            (null, _) => names,
            (_, 0) => $"“{label}”",
            _ => $"“{label}” ({names})",
        };
    }

    /// <summary>A label as the first word of a pick-list choice: "not reported" → "Not reported".</summary>
    public static string Choice(string label) => label.Length == 0 ? label : char.ToUpperInvariant(label[0]) + label[1..];

    public static string Of(PublicationStatus status) => status == PublicationStatus.Published ? "published" : "draft";

    public static string Of(QuoteKind kind) => kind == QuoteKind.Direct ? "direct quote" : "paraphrased by the report";

    public static string Of(SnapshotOrigin origin) => origin == SnapshotOrigin.Upload ? "uploaded by an editor" : "captured by the tracker";

    /// <summary>A snapshot's media type as readers know it.</summary>
    public static string FileKind(string mediaType) => mediaType switch
    {
        SnapshotMediaTypes.Html => "HTML page",
        SnapshotMediaTypes.Pdf => "PDF",
        SnapshotMediaTypes.Png => "PNG image",
        SnapshotMediaTypes.Jpeg => "JPEG image",
        _ => "plain text",
    };

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KiB",
        _ => $"{bytes / (1024.0 * 1024):0.#} MiB",
    };

    /// <summary>A UTC time as the pages show it, e.g. "3 Feb 2024, 14:05 UTC".</summary>
    public static string Time(DateTime utc) => utc.ToString("d MMM yyyy, HH:mm 'UTC'", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

    public static string Date(DateOnly? date) => date?.ToString("d MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")) ?? "date not given";
}
