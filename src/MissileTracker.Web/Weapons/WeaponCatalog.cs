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

    /// <summary>
    /// The catalogue in Ukrainian, for pages (the API, exports and stored rows keep the English): the names readers
    /// see (designations such as KN-23 stay as written) and the descriptions. Kept here, beside the English, so an
    /// entry added above is translated in the same place; codes without an entry show their English.
    /// </summary>
    private static readonly Dictionary<string, (string Name, string Description)> Ukrainian = new(StringComparer.Ordinal)
    {
        [Kn23] = ("KN-23", "Північнокорейська балістична ракета малої дальності, зовні схожа на російський «Іскандер-М»."),
        [Kn24] = ("KN-24", "Північнокорейська балістична ракета малої дальності, зовні схожа на американську ATACMS."),
        [Hwasong11Family] = ("Сімейство Hwasong-11 (варіант не вказано)", "Ракета серії Hwasong-11, коли повідомлення не уточнює, який саме варіант."),
        [IskanderMOrKn23] = ("«Іскандер-М» або KN-23", "За повідомленнями, або російський «Іскандер-М», або північнокорейська KN-23; джерела їх не розрізняють."),
        [DprkBallisticUnspecified] = ("Північнокорейська балістична ракета (тип не вказано)", "Приписана Північній Кореї, без зазначення типу в повідомленнях."),
        [IskanderM] = ("«Іскандер-М»", "Російська балістична ракета малої дальності (9М723)."),
        [S300] = ("С-300", "Російська зенітна ракета, яку застосовують і по наземних цілях."),
        [Kh59] = ("Х-59", "Російська крилата ракета повітряного базування."),
        [Drone] = ("дрон (тип не вказано)", "Не ракета: джерело повідомило, що удар завдав дрон, не назвавши його типу."),
    };

    /// <summary>A catalogue entry's name in the page's language (<paramref name="name"/>, the English, on English pages).</summary>
    public static string LocalNameOf(string code, string name) =>
        Localization.Languages.Current == Localization.Languages.Ukrainian && Ukrainian.TryGetValue(code, out var uk) ? uk.Name : name;

    /// <summary>A catalogue entry's description in the page's language.</summary>
    public static string LocalDescriptionOf(string code, string description) =>
        Localization.Languages.Current == Localization.Languages.Ukrainian && Ukrainian.TryGetValue(code, out var uk) ? uk.Description : description;

    /// <summary>True when <paramref name="code"/> is a catalogue code with a Ukrainian name (the statistics' by-type rows are keyed by code).</summary>
    public static bool HasLocalName(string code) => Ukrainian.ContainsKey(code);
}
