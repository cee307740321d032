namespace MissileTracker.Web.Publishing;

/// <summary>A record's visibility after a publication action.</summary>
/// <param name="Id">The record's id.</param>
/// <param name="Status">Draft or Published.</param>
/// <param name="PublishedAt">When last published (UTC).</param>
/// <param name="UnpublishedAt">When last taken back to draft (UTC).</param>
/// <param name="DeletedAt">When deleted (UTC); null unless the record is a tombstone.</param>
public sealed record PublicationState(int Id, PublicationStatus Status, DateTime? PublishedAt, DateTime? UnpublishedAt, DateTime? DeletedAt)
{
    public static PublicationState Of(IPublishable record) =>
        new(record.Id, record.Status, record.PublishedAt, record.UnpublishedAt, record.DeletedAt);
}
