namespace MissileTracker.Web.Statements;

/// <summary>What one figure of an aggregate claim counts. Stored as its name, so values are only ever added.</summary>
public enum ClaimFigureKind
{
    Missiles,
    Launchers,
    Attacks,
    Regions,
    Killed,
    Injured,
    Supplied,
    Launched,
    Intercepted,
    Examined,
    Cases,

    /// <summary>Anything else: <see cref="ClaimFigure.Unit"/> says what.</summary>
    Other,
}
