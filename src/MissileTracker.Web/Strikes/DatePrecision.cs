namespace MissileTracker.Web.Strikes;

/// <summary>How precisely a strike's date is known. Every date is a Kyiv local date (Europe/Kyiv).</summary>
public enum DatePrecision
{
    /// <summary>The calendar day is known.</summary>
    Day,

    /// <summary>The strike happened during the night starting on the date (night of D/D+1); the window ends on D+1.</summary>
    NightOf,

    /// <summary>Only the month is known; the date is the first of that month.</summary>
    Month,

    /// <summary>The date is an estimate (for example "early January").</summary>
    Approximate,

    /// <summary>Only the week is known ("the week of 5 August"): the window runs from the date for seven days unless an end is given.</summary>
    Week,

    /// <summary>An explicit window: from the start date (and time) to the end date (and time), e.g. a reporting window.</summary>
    Window,
}
