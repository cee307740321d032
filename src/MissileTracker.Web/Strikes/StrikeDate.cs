using System.Globalization;

namespace MissileTracker.Web.Strikes;

/// <summary>A date as precisely as the reporting gives it.</summary>
public readonly record struct StrikeDate(DateOnly Date, DatePrecision Precision)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>
    /// The stored form of a date: a month-precision date is kept as the first of its month,
    /// so sorting and range filters treat "January 2024" as starting on 1 January.
    /// </summary>
    public StrikeDate Normalized() =>
        Precision == DatePrecision.Month ? this with { Date = new DateOnly(Date.Year, Date.Month, 1) } : this;

    /// <summary>Human-readable form: "6 Jan 2024", "night of 6/7 Jan 2024", "Jan 2024", "c. 6 Jan 2024".</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => Date.ToString("d MMM yyyy", English),
        DatePrecision.Month => Date.ToString("MMMM yyyy", English),
        DatePrecision.Approximate => "c. " + Date.ToString("d MMM yyyy", English),
        DatePrecision.NightOf => NightOfText(),
        _ => Date.ToString("d MMM yyyy", English),
    };

    private string NightOfText()
    {
        var next = Date.AddDays(1);
        if (next.Month == Date.Month)
        {
            return $"night of {Date.Day}/{next.ToString("d MMM yyyy", English)}";
        }

        return next.Year == Date.Year
            ? $"night of {Date.ToString("d MMM", English)}/{next.ToString("d MMM yyyy", English)}"
            : $"night of {Date.ToString("d MMM yyyy", English)}/{next.ToString("d MMM yyyy", English)}";
    }
}
