using MissileTracker.Web.Publishing;

namespace MissileTracker.Web.Pages.Shared;

/// <summary>What <c>_ReviewActions.cshtml</c> shows for a record.</summary>
public sealed record ReviewActions(string Kind, int Id, PublicationStatus Status)
{
    public IEnumerable<PublicationAction> Available =>
        Status == PublicationStatus.Draft
            ? [PublicationAction.Publish, PublicationAction.Delete]
            : [PublicationAction.Unpublish, PublicationAction.Delete];
}
