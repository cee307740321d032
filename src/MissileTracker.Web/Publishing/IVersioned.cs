namespace MissileTracker.Web.Publishing;

/// <summary>
/// Optimistic concurrency: every save increments <see cref="Version"/>, and a save based on an
/// older version fails instead of silently overwriting someone else's change.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
