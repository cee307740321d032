namespace MissileTracker.Web.Weapons;

/// <summary>The missile types the tracker knows from the start. Ids are fixed: migrations insert them.</summary>
public static class WeaponCatalog
{
    public const string Kn23 = "kn-23";
    public const string Kn24 = "kn-24";
    public const string Hwasong11Family = "hwasong-11";
    public const string IskanderMOrKn23 = "iskander-m-or-kn-23";
    public const string DprkBallisticUnspecified = "dprk-ballistic-unspecified";

    public static Weapon[] All =>
    [
        new()
        {
            Id = 1, Code = Kn23, Name = "KN-23", OtherNames = "Hwasong-11Ga; Hwasong-11A", Family = "Hwasong-11",
            OriginCountry = "KP",
            Description = "North Korean short-range ballistic missile, outwardly similar to the Russian Iskander-M.",
        },
        new()
        {
            Id = 2, Code = Kn24, Name = "KN-24", OtherNames = "Hwasong-11Na; Hwasong-11B", Family = "Hwasong-11",
            OriginCountry = "KP",
            Description = "North Korean short-range ballistic missile, outwardly similar to the US ATACMS.",
        },
        new()
        {
            Id = 3, Code = Hwasong11Family, Name = "Hwasong-11 family (variant not stated)", Family = "Hwasong-11",
            OriginCountry = "KP",
            Description = "A Hwasong-11 series missile where the report does not say which variant.",
        },
        new()
        {
            Id = 4, Code = IskanderMOrKn23, Name = "Iskander-M or KN-23", IsAmbiguous = true,
            Description = "Reported as either the Russian Iskander-M or the North Korean KN-23; the sources do not tell them apart.",
        },
        new()
        {
            Id = 5, Code = DprkBallisticUnspecified, Name = "North Korean ballistic missile (type not stated)",
            OriginCountry = "KP",
            Description = "Attributed to North Korea, with no type given in the reporting.",
        },
    ];
}
