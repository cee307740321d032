using MissileTracker.Web.Publishing;
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

    /// <summary>A label as the first word of a pick-list choice: "not reported" → "Not reported".</summary>
    public static string Choice(string label) => label.Length == 0 ? label : char.ToUpperInvariant(label[0]) + label[1..];

    public static string Of(PublicationStatus status) => status == PublicationStatus.Published ? "published" : "draft";

    public static string Of(QuoteKind kind) => kind == QuoteKind.Direct ? "direct quote" : "paraphrased by the report";

    public static string Date(DateOnly? date) => date?.ToString("d MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")) ?? "date not given";
}
