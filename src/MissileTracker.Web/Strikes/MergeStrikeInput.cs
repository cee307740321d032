namespace MissileTracker.Web.Strikes;

/// <summary>Which strike a duplicate is merged into, and why.</summary>
public sealed class MergeStrikeInput
{
    /// <summary>The id of the strike that stays (the survivor): the merged strike's statements, reports and places move to it.</summary>
    /// <example>12</example>
    public int? Into { get; set; }

    /// <summary>Why the two are the same strike (required; shown in both histories).</summary>
    /// <example>Same night attack on Kharkiv, entered from two reports.</example>
    public string? Reason { get; set; }
}
