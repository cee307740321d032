namespace MissileTracker.Web.Strikes;

/// <summary>How many strikes occurred on a date.</summary>
public sealed record DateCount(DateOnly Date, int Count);
