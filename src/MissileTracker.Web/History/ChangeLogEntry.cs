namespace MissileTracker.Web.History;

/// <summary>One recorded change to a strike, statement, report or official: who, when, what, why.</summary>
public sealed class ChangeLogEntry
{
    public long Id { get; set; }

    /// <summary>"Strike", "Statement", "Report", "Official", "EvidenceRecord" or "Place" (editor-added places only).</summary>
    public required string EntityType { get; set; }
    public int EntityId { get; set; }
    public ChangeAction Action { get; set; }
    public DateTime At { get; set; }
    public required string ChangedBy { get; set; }
    public string? Reason { get; set; }

    /// <summary>True when the change concerns what the public sees (made to, or making, a published record).</summary>
    public bool IsPublic { get; set; }

    public List<FieldChange> Changes { get; set; } = [];
}

public enum ChangeAction
{
    Created,
    Updated,
    Published,
    Unpublished,
    Deleted,
    Restored,
    Linked,
    Unlinked,

    /// <summary>Two strikes became one: on the merged strike (now a tombstone, <c>mergedIntoId</c>) and on the survivor (<c>mergedFrom</c>).</summary>
    Merged,
}

/// <summary>A field's value before and after a change, as text.</summary>
/// <param name="Field">Field name as in the API.</param>
/// <param name="From">Value before; null when unset.</param>
/// <param name="To">Value after; null when unset.</param>
public sealed record FieldChange(string Field, string? From, string? To);
