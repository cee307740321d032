namespace MissileTracker.Web.Evidence;

/// <summary>One step of an evidence record's chain of custody: who held it from when, and to whom they handed it.</summary>
public sealed class CustodyEvent
{
    public int Id { get; set; }

    public int EvidenceRecordId { get; set; }
    public EvidenceRecord EvidenceRecord { get; set; } = null!;

    /// <summary>Order in the chain, from 1.</summary>
    public int Position { get; set; }

    /// <summary>Who held it (a person, body or institute).</summary>
    public required string Holder { get; set; }

    /// <summary>From when, if known.</summary>
    public DateOnly? HeldFrom { get; set; }

    /// <summary>To whom they handed it, if they did.</summary>
    public string? HandedTo { get; set; }

    public string? Note { get; set; }
}
