namespace MissileTracker.Web.Querying;

/// <summary>
/// How many records a query matches and when the newest of them (or anything shown with them)
/// last changed: enough to tell a client its copy is current without producing the response.
/// </summary>
public sealed record DataVersion(int Count, DateTime? LastModified);
