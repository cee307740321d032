namespace MissileTracker.Web.Publishing;

/// <summary>
/// A record that goes through review: created as a draft, published by a reviewer, and
/// removed only softly (unpublished or deleted), so its id stays reserved and it can return.
/// </summary>
public interface IPublishable
{
    int Id { get; }
    PublicationStatus Status { get; set; }
    DateTime? PublishedAt { get; set; }

    /// <summary>When a published record was last taken back to draft; mirrors use it to drop the record.</summary>
    DateTime? UnpublishedAt { get; set; }

    /// <summary>Set when deleted: the record becomes a tombstone until restored.</summary>
    DateTime? DeletedAt { get; set; }
}
