namespace MissileTracker.Web.Strikes;

/// <summary>When the strike happened, as a window in Kyiv local time: a single day has no end, a night attack ends the next morning.</summary>
/// <param name="Start">First (or only) day, Kyiv local date.</param>
/// <param name="StartTime">Start time (Kyiv local time), when reported.</param>
/// <param name="End">Last day, Kyiv local date; null for a single day.</param>
/// <param name="EndTime">End time (Kyiv local time), when reported.</param>
/// <param name="TimeZone">The zone of every date and time here: always "Europe/Kyiv".</param>
public sealed record StrikeWindow(DateOnly Start, TimeOnly? StartTime, DateOnly? End, TimeOnly? EndTime, string TimeZone)
{
    public static StrikeWindow Of(Strike s) => new(s.OccurredOn, s.TimeOfDay, s.EndsOn, s.EndTime, StrikeDate.TimeZone);
}
