namespace MissileTracker.Web.Weapons;

/// <summary>
/// A weapon type as reporting names it: a specific system (KN-23), a family
/// (Hwasong-11), an ambiguous label ("Iskander-M or KN-23") kept as such, or a drone.
/// </summary>
public sealed class Weapon
{
    public int Id { get; set; }

    /// <summary>Stable lower-case code used in URLs and filters, e.g. <c>kn-23</c>.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>Other designations, e.g. "Hwasong-11Ga".</summary>
    public string? OtherNames { get; set; }

    public string? Family { get; set; }

    /// <summary>ISO 3166-1 alpha-2 producer country; null when the label itself is ambiguous.</summary>
    public string? OriginCountry { get; set; }

    /// <summary>True for labels naming more than one possible system.</summary>
    public bool IsAmbiguous { get; set; }

    public WeaponKind Kind { get; set; }

    public string Description { get; set; } = "";
}
