namespace MissileTracker.Web.Weapons;

/// <summary>What kind of weapon a catalogue entry is; a drone is not a missile, so a source saying "drone" conflicts with one saying "KN-23".</summary>
public enum WeaponKind
{
    BallisticMissile,
    CruiseMissile,
    SurfaceToAirMissile,
    Drone,

    /// <summary>A label that does not say which kind.</summary>
    Unspecified,
}
