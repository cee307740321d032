namespace MissileTracker.Web.Data.Reference;

/// <summary>What kind of record a reference key names.</summary>
public enum ReferenceKind
{
    Official,
    Report,
    Strike,
    Statement,
    Evidence,
}

/// <summary>
/// A record the reference dataset put into this database: its stable key, the record's id, and a hash of the values
/// shipped for it. A record whose values no longer hash to <see cref="ShippedHash"/> was edited after it was shipped,
/// so re-applying the dataset leaves it alone (and reports a conflict when the shipped values changed too).
/// </summary>
public sealed class ReferenceKey
{
    /// <summary>The dataset's key, e.g. <c>strike:2024-01-02-kharkiv</c>.</summary>
    public string Key { get; set; } = "";

    public ReferenceKind Kind { get; set; }

    /// <summary>The id of the official, report, strike or statement.</summary>
    public int EntityId { get; set; }

    /// <summary>SHA-256 (hex) of the values last shipped for the record (<see cref="ReferenceSnapshot"/>).</summary>
    public string ShippedHash { get; set; } = "";

    /// <summary>When the shipped values were last written or confirmed (UTC).</summary>
    public DateTime AppliedAt { get; set; }
}
