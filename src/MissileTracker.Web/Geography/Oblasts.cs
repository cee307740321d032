namespace MissileTracker.Web.Geography;

/// <summary>Display names and ISO 3166-2 codes for <see cref="Oblast"/>.</summary>
public static class Oblasts
{
    public sealed record Info(Oblast Oblast, string Name, string IsoCode);

    public static IReadOnlyList<Info> All { get; } =
    [
        new(Oblast.Cherkasy, "Cherkasy Oblast", "UA-71"),
        new(Oblast.Chernihiv, "Chernihiv Oblast", "UA-74"),
        new(Oblast.Chernivtsi, "Chernivtsi Oblast", "UA-77"),
        new(Oblast.Crimea, "Autonomous Republic of Crimea", "UA-43"),
        new(Oblast.Dnipropetrovsk, "Dnipropetrovsk Oblast", "UA-12"),
        new(Oblast.Donetsk, "Donetsk Oblast", "UA-14"),
        new(Oblast.IvanoFrankivsk, "Ivano-Frankivsk Oblast", "UA-26"),
        new(Oblast.Kharkiv, "Kharkiv Oblast", "UA-63"),
        new(Oblast.Kherson, "Kherson Oblast", "UA-65"),
        new(Oblast.Khmelnytskyi, "Khmelnytskyi Oblast", "UA-68"),
        new(Oblast.Kirovohrad, "Kirovohrad Oblast", "UA-35"),
        new(Oblast.Kyiv, "Kyiv Oblast", "UA-32"),
        new(Oblast.KyivCity, "Kyiv City", "UA-30"),
        new(Oblast.Luhansk, "Luhansk Oblast", "UA-09"),
        new(Oblast.Lviv, "Lviv Oblast", "UA-46"),
        new(Oblast.Mykolaiv, "Mykolaiv Oblast", "UA-48"),
        new(Oblast.Odesa, "Odesa Oblast", "UA-51"),
        new(Oblast.Poltava, "Poltava Oblast", "UA-53"),
        new(Oblast.Rivne, "Rivne Oblast", "UA-56"),
        new(Oblast.Sevastopol, "Sevastopol", "UA-40"),
        new(Oblast.Sumy, "Sumy Oblast", "UA-59"),
        new(Oblast.Ternopil, "Ternopil Oblast", "UA-61"),
        new(Oblast.Vinnytsia, "Vinnytsia Oblast", "UA-05"),
        new(Oblast.Volyn, "Volyn Oblast", "UA-07"),
        new(Oblast.Zakarpattia, "Zakarpattia Oblast", "UA-21"),
        new(Oblast.Zaporizhzhia, "Zaporizhzhia Oblast", "UA-23"),
        new(Oblast.Zhytomyr, "Zhytomyr Oblast", "UA-18"),
    ];

    private static readonly Dictionary<Oblast, Info> ByOblast = All.ToDictionary(i => i.Oblast);

    public static string NameOf(Oblast oblast) => ByOblast[oblast].Name;

    public static string IsoCodeOf(Oblast oblast) => ByOblast[oblast].IsoCode;
}
