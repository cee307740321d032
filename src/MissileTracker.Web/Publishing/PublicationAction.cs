namespace MissileTracker.Web.Publishing;

/// <summary>What a reviewer can do to a record's visibility.</summary>
public enum PublicationAction
{
    Publish,
    Unpublish,
    Delete,
    Restore,
}
