namespace MissileTracker.Web.Data.Reference;

/// <summary>What applying the reference dataset did (or, in a dry run, would do) to one record.</summary>
public enum ReferenceAction
{
    /// <summary>Not in the database before: added and published.</summary>
    Added,

    /// <summary>A report with the same URL was already stored: that record now stands for the key, left as it is.</summary>
    Linked,

    /// <summary>Shipped before and not edited since; brought up to the shipped values that changed.</summary>
    Updated,

    /// <summary>Already holds the shipped values.</summary>
    Unchanged,

    /// <summary>Edited after it was shipped; the shipped values did not change, so the edit stands.</summary>
    KeptEdit,

    /// <summary>Edited after it was shipped and the shipped values changed too (or the record is gone): left alone, for a person to resolve.</summary>
    Conflict,
}

/// <summary>One record's outcome: its key, the action, the record's id and what differed.</summary>
public sealed record ReferenceChange(string Key, ReferenceAction Action, int? Id, string? Detail);

/// <summary>The outcome of applying the dataset, one entry per record in load order.</summary>
public sealed record ReferenceLoadResult(bool DryRun, IReadOnlyList<ReferenceChange> Changes)
{
    public int Count(ReferenceAction action) => Changes.Count(c => c.Action == action);

    public bool HasConflicts => Changes.Any(c => c.Action == ReferenceAction.Conflict);
}
