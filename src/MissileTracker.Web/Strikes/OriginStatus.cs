namespace MissileTracker.Web.Strikes;

/// <summary>How firmly the missile's North Korean origin is established.</summary>
public enum OriginStatus
{
    /// <summary>Suspected (by analysts or media) but not stated by an official.</summary>
    Suspected,

    /// <summary>Stated by an official (government, military, prosecutors).</summary>
    ReportedByOfficials,

    /// <summary>Confirmed by analysis of recovered debris.</summary>
    ConfirmedByDebris,

    /// <summary>The attribution was withdrawn; the strike stays on record.</summary>
    Retracted,
}
