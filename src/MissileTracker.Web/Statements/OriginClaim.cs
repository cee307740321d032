namespace MissileTracker.Web.Statements;

/// <summary>What one statement says about where the weapon was made. Stored as its name.</summary>
public enum OriginClaim
{
    NotStated,
    NorthKorea,
    Russia,
    Other,

    /// <summary>The statement denies a foreign (North Korean) origin.</summary>
    Denied,
}
