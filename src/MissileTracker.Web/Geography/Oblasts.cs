namespace MissileTracker.Web.Geography;

/// <summary>Display names (English, and Ukrainian as the oblasts call themselves) and ISO 3166-2 codes for <see cref="Oblast"/>.</summary>
public static class Oblasts
{
    public sealed record Info(Oblast Oblast, string Name, string NameUk, string IsoCode)
    {
        /// <summary>The name in the page's language.</summary>
        public string LocalName => Localization.Languages.Current == Localization.Languages.Ukrainian ? NameUk : Name;
    }

    public static IReadOnlyList<Info> All { get; } =
    [
        new(Oblast.Cherkasy, "Cherkasy Oblast", "Черкаська область", "UA-71"),
        new(Oblast.Chernihiv, "Chernihiv Oblast", "Чернігівська область", "UA-74"),
        new(Oblast.Chernivtsi, "Chernivtsi Oblast", "Чернівецька область", "UA-77"),
        new(Oblast.Crimea, "Autonomous Republic of Crimea", "Автономна Республіка Крим", "UA-43"),
        new(Oblast.Dnipropetrovsk, "Dnipropetrovsk Oblast", "Дніпропетровська область", "UA-12"),
        new(Oblast.Donetsk, "Donetsk Oblast", "Донецька область", "UA-14"),
        new(Oblast.IvanoFrankivsk, "Ivano-Frankivsk Oblast", "Івано-Франківська область", "UA-26"),
        new(Oblast.Kharkiv, "Kharkiv Oblast", "Харківська область", "UA-63"),
        new(Oblast.Kherson, "Kherson Oblast", "Херсонська область", "UA-65"),
        new(Oblast.Khmelnytskyi, "Khmelnytskyi Oblast", "Хмельницька область", "UA-68"),
        new(Oblast.Kirovohrad, "Kirovohrad Oblast", "Кіровоградська область", "UA-35"),
        new(Oblast.Kyiv, "Kyiv Oblast", "Київська область", "UA-32"),
        new(Oblast.KyivCity, "Kyiv City", "місто Київ", "UA-30"),
        new(Oblast.Luhansk, "Luhansk Oblast", "Луганська область", "UA-09"),
        new(Oblast.Lviv, "Lviv Oblast", "Львівська область", "UA-46"),
        new(Oblast.Mykolaiv, "Mykolaiv Oblast", "Миколаївська область", "UA-48"),
        new(Oblast.Odesa, "Odesa Oblast", "Одеська область", "UA-51"),
        new(Oblast.Poltava, "Poltava Oblast", "Полтавська область", "UA-53"),
        new(Oblast.Rivne, "Rivne Oblast", "Рівненська область", "UA-56"),
        new(Oblast.Sevastopol, "Sevastopol", "Севастополь", "UA-40"),
        new(Oblast.Sumy, "Sumy Oblast", "Сумська область", "UA-59"),
        new(Oblast.Ternopil, "Ternopil Oblast", "Тернопільська область", "UA-61"),
        new(Oblast.Vinnytsia, "Vinnytsia Oblast", "Вінницька область", "UA-05"),
        new(Oblast.Volyn, "Volyn Oblast", "Волинська область", "UA-07"),
        new(Oblast.Zakarpattia, "Zakarpattia Oblast", "Закарпатська область", "UA-21"),
        new(Oblast.Zaporizhzhia, "Zaporizhzhia Oblast", "Запорізька область", "UA-23"),
        new(Oblast.Zhytomyr, "Zhytomyr Oblast", "Житомирська область", "UA-18"),
    ];

    private static readonly Dictionary<Oblast, Info> ByOblast = All.ToDictionary(i => i.Oblast);

    /// <summary>The English name: what the API, exports and stored text use.</summary>
    public static string NameOf(Oblast oblast) => ByOblast[oblast].Name;

    /// <summary>The name in the page's language, for pages.</summary>
    public static string LocalNameOf(Oblast oblast) => ByOblast[oblast].LocalName;

    public static string IsoCodeOf(Oblast oblast) => ByOblast[oblast].IsoCode;
}
