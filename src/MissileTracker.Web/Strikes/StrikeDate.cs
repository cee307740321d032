using System.Globalization;

namespace MissileTracker.Web.Strikes;

/// <summary>
/// A date as precisely as the reporting gives it: one day, or a window from <see cref="Date"/> (and
/// <see cref="StartTime"/>) to <see cref="End"/> (and <see cref="EndTime"/>). All in Kyiv local time.
/// </summary>
public readonly record struct StrikeDate(DateOnly Date, DatePrecision Precision, DateOnly? End = null, TimeOnly? StartTime = null, TimeOnly? EndTime = null)
{
    /// <summary>The IANA zone every strike date and time is in: what editors enter and readers see.</summary>
    public const string TimeZone = "Europe/Kyiv";

    /// <summary>
    /// The longest window a strike may span. Reading a window by its start date only needs to look this far
    /// back from a filter's first day, so date filters keep using the date index.
    /// </summary>
    public const int MaxWindowDays = 31;

    // English text (the API's and exports') in the British day-month order; a Ukrainian page's in its own culture.
    private static CultureInfo English => Localization.Languages.Current == Localization.Languages.English ? CultureInfo.GetCultureInfo("en-GB") : CultureInfo.CurrentCulture;

    /// <summary>The window's last day: <see cref="End"/>, or the date itself for a single day.</summary>
    public DateOnly LastDay => End ?? Date;

    /// <summary>
    /// The stored form of a date: a month-precision date is kept as the first of its month, so sorting and range
    /// filters treat "January 2024" as starting on 1 January; a night ends the next day and a week six days on,
    /// unless the reporting gives another end; a single day with an end time ends the same day.
    /// </summary>
    public StrikeDate Normalized() => Precision switch
    {
        DatePrecision.Month => this with { Date = new DateOnly(Date.Year, Date.Month, 1) },
        DatePrecision.NightOf => this with { End = End ?? Date.AddDays(1) },
        DatePrecision.Week => this with { End = End ?? Date.AddDays(6) },
        DatePrecision.Day when EndTime is not null => this with { End = End ?? Date },
        _ => this,
    };

    /// <summary>
    /// Human-readable form: "6 Jan 2024", "night of 6/7 Jan 2024", "Jan 2024", "c. 6 Jan 2024", "week of 5 Aug 2024",
    /// "5 Aug 2024 22:00 – 6 Aug 2024 04:00".
    /// </summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => Date.ToString("d MMM yyyy", English),
        DatePrecision.Month => Date.ToString("MMMM yyyy", English),
        DatePrecision.Approximate => Localization.Text.Format("c. {0}", Date.ToString("d MMM yyyy", English)),
        DatePrecision.NightOf => NightOfText(),
        DatePrecision.Week => Localization.Text.Format("week of {0}", Date.ToString("d MMM yyyy", English)),
        DatePrecision.Window => WindowText(),
        _ => Date.ToString("d MMM yyyy", English),
    };

    private string WindowText()
    {
        var start = Date.ToString("d MMM yyyy", English) + Time(StartTime);
        return End is { } end ? $"{start} – {end.ToString("d MMM yyyy", English)}{Time(EndTime)}" : start;
    }

    private static string Time(TimeOnly? time) => time is { } t ? " " + t.ToString("HH:mm", CultureInfo.InvariantCulture) : "";

    private string NightOfText()
    {
        var next = Date.AddDays(1);
        if (next.Month == Date.Month)
        {
            return Localization.Text.Format("night of {0}", $"{Date.Day}/{next.ToString("d MMM yyyy", English)}");
        }

        return next.Year == Date.Year
            ? Localization.Text.Format("night of {0}", $"{Date.ToString("d MMM", English)}/{next.ToString("d MMM yyyy", English)}")
            : Localization.Text.Format("night of {0}", $"{Date.ToString("d MMM yyyy", English)}/{next.ToString("d MMM yyyy", English)}");
    }
}
