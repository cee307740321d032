namespace MissileTracker.Web.Weapons;

/// <summary>A weapon type from the reference table (missile types, and "drone" for a source that says it was not a missile).</summary>
/// <param name="Code">Stable code used by the <c>type</c> filter.</param>
/// <param name="Name">Display name, e.g. "KN-23" or "Iskander-M or KN-23".</param>
/// <param name="OtherNames">Other designations, e.g. "Hwasong-11Ga".</param>
/// <param name="Family">Missile family, e.g. "Hwasong-11".</param>
/// <param name="OriginCountry">ISO 3166-1 alpha-2 producer country; null for ambiguous labels.</param>
/// <param name="IsAmbiguous">True when the label names more than one possible system.</param>
/// <param name="Description">What the entry covers.</param>
/// <param name="Kind">BallisticMissile, CruiseMissile, SurfaceToAirMissile, Drone (not a missile) or Unspecified.</param>
public sealed record WeaponDto(string Code, string Name, string? OtherNames, string? Family, string? OriginCountry, bool IsAmbiguous, string Description, WeaponKind Kind)
{
    public static WeaponDto From(Weapon w) => new(w.Code, w.Name, w.OtherNames, w.Family, w.OriginCountry, w.IsAmbiguous, w.Description, w.Kind);
}
