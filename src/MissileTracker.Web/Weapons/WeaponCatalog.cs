namespace MissileTracker.Web.Weapons;

/// <summary>The weapon types the tracker knows. Ids are fixed: migrations insert them, and entries are only ever added.</summary>
public static class WeaponCatalog
{
    public const string Kn23 = "kn-23";
    public const string Kn24 = "kn-24";
    public const string Hwasong11Family = "hwasong-11";
    public const string IskanderMOrKn23 = "iskander-m-or-kn-23";
    public const string DprkBallisticUnspecified = "dprk-ballistic-unspecified";
    public const string IskanderM = "iskander-m";
    public const string S300 = "s-300";
    public const string Kh59 = "kh-59";
    public const string Drone = "drone";

    /// <summary>
    /// The entries a family or an ambiguous label stands for: a source saying "Hwasong-11" agrees with
    /// one saying "KN-23", and "Iskander-M or KN-23" is the set {Iskander-M, KN-23}.
    /// </summary>
    public static IReadOnlyDictionary<string, string[]> Covers { get; } = new Dictionary<string, string[]>
    {
        [Hwasong11Family] = [Kn23, Kn24],
        [DprkBallisticUnspecified] = [Kn23, Kn24, Hwasong11Family],
        [IskanderMOrKn23] = [IskanderM, Kn23],
    };

    public static Weapon[] All =>
    [
        new()
        {
            Id = 1, Code = Kn23, Name = "KN-23", OtherNames = "Hwasong-11Ga; Hwasong-11A", Family = "Hwasong-11",
            OriginCountry = "KP", Kind = WeaponKind.BallisticMissile,
            Description = "North Korean short-range ballistic missile, outwardly similar to the Russian Iskander-M.",
        },
        new()
        {
            Id = 2, Code = Kn24, Name = "KN-24", OtherNames = "Hwasong-11Na; Hwasong-11B", Family = "Hwasong-11",
            OriginCountry = "KP", Kind = WeaponKind.BallisticMissile,
            Description = "North Korean short-range ballistic missile, outwardly similar to the US ATACMS.",
        },
        new()
        {
            Id = 3, Code = Hwasong11Family, Name = "Hwasong-11 family (variant not stated)", Family = "Hwasong-11",
            OriginCountry = "KP", Kind = WeaponKind.BallisticMissile,
            Description = "A Hwasong-11 series missile where the report does not say which variant.",
        },
        new()
        {
            Id = 4, Code = IskanderMOrKn23, Name = "Iskander-M or KN-23", OtherNames = "Iskander-M/KN-23", IsAmbiguous = true, Kind = WeaponKind.BallisticMissile,
            Description = "Reported as either the Russian Iskander-M or the North Korean KN-23; the sources do not tell them apart.",
        },
        new()
        {
            Id = 5, Code = DprkBallisticUnspecified, Name = "North Korean ballistic missile (type not stated)",
            OriginCountry = "KP", Kind = WeaponKind.BallisticMissile,
            Description = "Attributed to North Korea, with no type given in the reporting.",
        },
        new()
        {
            Id = 6, Code = IskanderM, Name = "Iskander-M", OriginCountry = "RU", Kind = WeaponKind.BallisticMissile,
            Description = "Russian short-range ballistic missile (9M723).",
        },
        new()
        {
            Id = 7, Code = S300, Name = "S-300", OriginCountry = "RU", Kind = WeaponKind.SurfaceToAirMissile,
            Description = "Russian surface-to-air missile, also fired at ground targets.",
        },
        new()
        {
            Id = 8, Code = Kh59, Name = "Kh-59", OriginCountry = "RU", Kind = WeaponKind.CruiseMissile,
            Description = "Russian air-launched cruise missile.",
        },
        new()
        {
            Id = 9, Code = Drone, Name = "drone (type not stated)", Kind = WeaponKind.Drone,
            Description = "Not a missile: a source said the strike was by a drone, without naming its type.",
        },
    ];
}
