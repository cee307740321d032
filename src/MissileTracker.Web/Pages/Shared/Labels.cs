using System.Globalization;
using MissileTracker.Web.Localization;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Sources;
using MissileTracker.Web.Statements;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.Pages.Shared;

/// <summary>Words the pages use for enum values, in the page's language (<see cref="Text"/>).</summary>
public static class Labels
{
    public static string Of(OriginStatus status) => status switch
    {
        OriginStatus.Suspected => Text.Of("Suspected"),
        OriginStatus.ReportedByOfficials => Text.Of("Reported by officials"),
        OriginStatus.ConfirmedByDebris => Text.Of("Confirmed by debris analysis"),
        OriginStatus.Retracted => Text.Of("Retracted"),
        _ => status.ToString(),
    };

    public static string Of(LocationPrecision precision) => precision switch
    {
        LocationPrecision.NotReported => Lower(Text.Of("Not reported")),
        LocationPrecision.Oblast => Text.Of("oblast only"),
        LocationPrecision.District => Lower(Text.Of("District")),
        LocationPrecision.Settlement => Lower(Text.Of("Settlement")),
        LocationPrecision.Exact => Text.Of("exact site"),
        _ => precision.ToString(),
    };

    public static string Of(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => Text.Of("day"),
        DatePrecision.NightOf => Text.Of("night starting on the date"),
        DatePrecision.Month => Text.Of("month only"),
        DatePrecision.Approximate => Text.Of("approximate"),
        DatePrecision.Week => Text.Of("week starting on the date"),
        DatePrecision.Window => Text.Of("window from start to end"),
        _ => precision.ToString(),
    };

    public static string Of(FigureQualifier qualifier) => qualifier switch
    {
        FigureQualifier.Exact => Text.Of("exactly"),
        FigureQualifier.AtLeast => Text.Of("at least"),
        FigureQualifier.AtMost => Text.Of("up to"),
        FigureQualifier.About => Text.Of("about"),
        FigureQualifier.MoreThan => Text.Of("more than"),
        FigureQualifier.Range => Text.Of("range (low–high)"),
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
            return window.StartTime is null && window.EndTime is null ? dateText : dateText + " " + Text.Of("Kyiv time");
        }

        var times = (window.StartTime, window.EndTime) switch
        {
            ({ } start, { } end) => $", {Clock(start)}–{Clock(end)}",
            ({ } start, null) => $", {Clock(start)}",
            (null, { } end) => $", {Text.Of("until")} {Clock(end)}",
            _ => "",
        };
        return times.Length == 0 ? dateText : dateText + times + " " + Text.Of("Kyiv time");
    }

    private static string Clock(TimeOnly time) => time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public static string Of(ClaimFigureKind kind) => kind switch
    {
        ClaimFigureKind.Missiles => Lower(Text.Of("Missiles")),
        ClaimFigureKind.Launchers => Text.Of("launchers"),
        ClaimFigureKind.Attacks => Text.Of("attacks"),
        ClaimFigureKind.Regions => Lower(Text.Of("Regions")),
        ClaimFigureKind.Killed => Text.Of("people killed"),
        ClaimFigureKind.Injured => Text.Of("people injured"),
        ClaimFigureKind.Supplied => Text.Of("supplied (delivered)"),
        ClaimFigureKind.Launched => Text.Of("launched"),
        ClaimFigureKind.Intercepted => Lower(Text.Of("Intercepted")),
        ClaimFigureKind.Examined => Text.Of("examined (e.g. debris)"),
        ClaimFigureKind.Cases => Text.Of("cases"),
        ClaimFigureKind.Other => Text.Of("other (say what in the unit)"),
        _ => kind.ToString(),
    };

    public static string Of(OriginClaim claim) => claim switch
    {
        OriginClaim.NotStated => Text.Of("origin not stated"),
        OriginClaim.NorthKorea => Text.Of("made in North Korea"),
        OriginClaim.Russia => Text.Of("made in Russia"),
        OriginClaim.Other => Text.Of("made elsewhere"),
        OriginClaim.Denied => Text.Of("foreign origin denied"),
        _ => claim.ToString(),
    };

    /// <summary>
    /// An aggregate claim's figure as a page shows it: <see cref="ClaimTexts.Figure"/>'s form ("at least 24 missiles
    /// (KN-23/KN-24)"), with the kind's word in the page's language. The API and CSV keep ClaimTexts' English.
    /// </summary>
    public static string ClaimFigure(Figure figure, ClaimFigureKind kind, string? unit, string? weaponLabel) =>
        Languages.Current == Languages.English || !string.IsNullOrWhiteSpace(unit) || kind == ClaimFigureKind.Other
            ? ClaimTexts.Figure(figure, kind, unit, weaponLabel)
            : ClaimTexts.Figure(figure, ClaimFigureKind.Other, Lower(Of(kind)), weaponLabel);

    /// <summary>A source's weapon: its own words, then the catalogue types they stand for ("KN-23 or KN-24" → KN-23, KN-24).</summary>
    public static string Weapon(string? label, IReadOnlyList<Weapons.WeaponDto> types)
    {
        var names = string.Join(", ", types.Select(Of));
        return (label, names.Length) switch
        {
            (null, 0) => Text.Of("not given"),
            (null, _) => names,
            (_, 0) => $"“{label}”",
            _ => $"“{label}” ({names})",
        };
    }

    /// <summary>A catalogue weapon's name in the page's language.</summary>
    public static string Of(Weapons.WeaponDto weapon) => Weapons.WeaponCatalog.LocalNameOf(weapon.Code, weapon.Name);

    /// <summary>A label as the first word of a pick-list choice: "not reported" → "Not reported".</summary>
    public static string Choice(string label) => label.Length == 0 ? label : char.ToUpperInvariant(label[0]) + label[1..];

    public static string Of(PublicationStatus status) => status == PublicationStatus.Published ? Lower(Text.Of("Published")) : Text.Of("draft");

    /// <summary>A reviewer's action as its button says it.</summary>
    public static string Of(PublicationAction action) => action switch
    {
        PublicationAction.Publish => Text.Of("Publish"),
        PublicationAction.Unpublish => Text.Of("Unpublish"),
        PublicationAction.Delete => Text.Of("Delete"),
        PublicationAction.Restore => Text.Of("Restore"),
        _ => action.ToString(),
    };

    /// <summary>A record named by its kind (<see cref="PublicationTarget.Kind"/>: Strike, Report or Statement) and id: "Report 4".</summary>
    public static string Record(string kind, int id) => kind switch
    {
        "Strike" => Text.Format("Strike {0}", id),
        "Report" => Text.Format("Report {0}", id),
        "Statement" => Text.Format("Statement {0}", id),
        _ => $"{kind} {id}",
    };

    public static string Of(QuoteKind kind) => Text.Of(kind == QuoteKind.Direct ? "direct quote" : "paraphrased by the report");

    public static string Of(SnapshotOrigin origin) => Text.Of(origin == SnapshotOrigin.Upload ? "uploaded by an editor" : "captured by the tracker");

    /// <summary>A snapshot's media type as readers know it.</summary>
    public static string FileKind(string mediaType) => mediaType switch
    {
        SnapshotMediaTypes.Html => Text.Of("HTML page"),
        SnapshotMediaTypes.Pdf => Text.Of("PDF"),
        SnapshotMediaTypes.Png => Text.Of("PNG image"),
        SnapshotMediaTypes.Jpeg => Text.Of("JPEG image"),
        _ => Text.Of("plain text"),
    };

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => Text.Format("{0} bytes", bytes),
        < 1024 * 1024 => Text.Format("{0:0.#} KiB", bytes / 1024.0),
        _ => Text.Format("{0:0.#} MiB", bytes / (1024.0 * 1024)),
    };

    /// <summary>A UTC time as the pages show it, e.g. "3 Feb 2024, 14:05 UTC" (English), "3 лют. 2024, 14:05 UTC" (Ukrainian).</summary>
    public static string Time(DateTime utc) => utc.ToString("d MMM yyyy, HH:mm 'UTC'", Culture);

    public static string Date(DateOnly? date) => date?.ToString("d MMM yyyy", Culture) ?? Lower(Text.Of("Date not given"));

    /// <summary>A place's name in the page's language: the gazetteer's Ukrainian name on a Ukrainian page, where it has one.</summary>
    public static string PlaceName(string name, string? nameUk) => Languages.Current == Languages.Ukrainian && !string.IsNullOrWhiteSpace(nameUk) ? nameUk : name;

    /// <summary>A month as a heading: "December 2023", "Грудень 2023".</summary>
    public static string Month(DateOnly month) => Choice(month.ToString("MMMM yyyy", Culture));

    /// <summary>
    /// A count with its noun: "1 report", "3 reports"; in Ukrainian the plural key's translation holds the three
    /// forms "one|few|many" ("повідомлення|повідомлення|повідомлень"), chosen by the Ukrainian rule.
    /// </summary>
    public static string Count(int count, string one, string many)
    {
        var number = count.ToString("N0", CultureInfo.CurrentCulture);
        if (Languages.Current == Languages.English)
        {
            return $"{number} {(count == 1 ? one : many)}";
        }
        // "{0} reports" rather than "reports" as the key: a resource name may not differ from another ("Reports") by case alone.
        var forms = Text.Of("{0} " + many).Split('|');
        var (lastTwo, last) = (count % 100, count % 10);
        var form = forms.Length != 3 ? forms[0]
            : last == 1 && lastTwo != 11 ? forms[0] : last is >= 2 and <= 4 && lastTwo is < 12 or > 14 ? forms[1] : forms[2];
        return string.Format(CultureInfo.CurrentCulture, form, number);
    }

    /// <summary>
    /// A text with a small first letter: "Killed:" → "killed:". Resource names must differ by more than case, so a word
    /// needed both ways is kept once, capitalised, and lowered where it runs on in a sentence.
    /// </summary>
    public static string Lower(string text) => text.Length == 0 ? text : char.ToLower(text[0], CultureInfo.CurrentCulture) + text[1..];

    // English dates keep the British order the pages always had ("3 Feb 2024"); Ukrainian ones use the culture's month names.
    private static CultureInfo Culture => Languages.Current == Languages.English ? CultureInfo.GetCultureInfo("en-GB") : CultureInfo.CurrentCulture;
}
