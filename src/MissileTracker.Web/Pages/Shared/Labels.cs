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

    public static string Date(DateOnly? date) => date?.ToString("d MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")) ?? "date not given";
}
