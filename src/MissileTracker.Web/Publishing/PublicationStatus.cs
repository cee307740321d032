namespace MissileTracker.Web.Publishing;

/// <summary>Whether a record is visible to the public.</summary>
public enum PublicationStatus
{
    /// <summary>Being prepared; visible only to signed-in staff.</summary>
    Draft,

    /// <summary>Approved by a reviewer; on public pages, the API, exports and feeds.</summary>
    Published,
}
