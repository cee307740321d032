namespace MissileTracker.Web.Geography;

/// <summary>
/// Ukraine's first-level administrative units: the 24 oblasts plus Kyiv city, the
/// Autonomous Republic of Crimea and Sevastopol. Stored and exchanged by name
/// (for example <c>Kharkiv</c>, <c>KyivCity</c>), never by number.
/// </summary>
public enum Oblast
{
    Cherkasy,
    Chernihiv,
    Chernivtsi,
    Crimea,
    Dnipropetrovsk,
    Donetsk,
    IvanoFrankivsk,
    Kharkiv,
    Kherson,
    Khmelnytskyi,
    Kirovohrad,
    Kyiv,
    KyivCity,
    Luhansk,
    Lviv,
    Mykolaiv,
    Odesa,
    Poltava,
    Rivne,
    Sevastopol,
    Sumy,
    Ternopil,
    Vinnytsia,
    Volyn,
    Zakarpattia,
    Zaporizhzhia,
    Zhytomyr,
}
