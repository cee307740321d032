namespace MissileTracker.Web.Strikes;

/// <summary>How precisely a strike's date is known.</summary>
public enum DatePrecision
{
    /// <summary>The calendar day is known.</summary>
    Day,

    /// <summary>The strike happened during the night starting on the date (night of D/D+1).</summary>
    NightOf,

    /// <summary>Only the month is known; the date is the first of that month.</summary>
    Month,

    /// <summary>The date is an estimate (for example "early January").</summary>
    Approximate,
}
