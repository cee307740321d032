using System.Text.Json.Serialization;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Statements;

namespace MissileTracker.Web.Strikes;

/// <summary>One strike as the exports (CSV row, GeoJSON feature properties) and the Atom feed write it: flat, with its sources.</summary>
/// <param name="Id">Public id: never reused, unchanged by edits.</param>
/// <param name="Date">The stored date (first of the month for month precision).</param>
/// <param name="DatePrecision">Day, NightOf, Month or Approximate.</param>
/// <param name="DateText">Readable date with its precision.</param>
/// <param name="TimeOfDay">Local (Kyiv) time, when reported.</param>
/// <param name="Settlement">City, town or village, when known.</param>
/// <param name="District">District (raion or city district), when known.</param>
/// <param name="Oblast">Oblast, when known.</param>
/// <param name="OblastName">Display name of the oblast.</param>
/// <param name="Latitude">WGS 84 latitude, when known.</param>
/// <param name="Longitude">WGS 84 longitude, when known.</param>
/// <param name="LocationPrecision">How precisely the place (and the coordinates) is known.</param>
/// <param name="LocationText">Readable place, e.g. "Kharkiv, Kharkiv Oblast".</param>
/// <param name="MissileType">Missile type code (see <c>GET /api/v1/weapons</c>).</param>
/// <param name="MissileTypeName">Missile type display name.</param>
/// <param name="OriginCountry">ISO 3166-1 alpha-2 code of the attributed producer ("KP").</param>
/// <param name="OriginStatus">How firmly the origin is established.</param>
/// <param name="MissilesLaunched">Missiles launched, when known.</param>
/// <param name="MissilesIntercepted">Missiles intercepted, when known.</param>
/// <param name="Killed">People killed, when known.</param>
/// <param name="Injured">People injured, when known.</param>
/// <param name="Summary">Short description.</param>
/// <param name="OfficialsQuoted">Names of the officials whose statements refer to the strike.</param>
/// <param name="SourceUrls">URLs of the news reports covering the strike (reports without a known URL are not listed).</param>
/// <param name="CreatedAt">When the strike was recorded (UTC).</param>
/// <param name="UpdatedAt">Last change (UTC).</param>
/// <param name="EndDate">The window's last day (Kyiv local date); empty for a single day.</param>
/// <param name="EndTime">The window's end time (Kyiv local time), when reported.</param>
/// <param name="MissilesLaunchedQualifier">How the source(s) qualified missilesLaunched: Exact, AtLeast, AtMost, About, MoreThan or Range.</param>
/// <param name="MissilesLaunchedHigh">The high end of missilesLaunched when it is a Range.</param>
/// <param name="MissilesLaunchedWords">Missiles launched in the source's own words, when they say more than the number.</param>
/// <param name="MissilesInterceptedQualifier">How the source(s) qualified missilesIntercepted: Exact, AtLeast, AtMost, About, MoreThan or Range.</param>
/// <param name="MissilesInterceptedHigh">The high end of missilesIntercepted when it is a Range.</param>
/// <param name="MissilesInterceptedWords">Missiles intercepted in the source's own words, when they say more than the number.</param>
/// <param name="KilledQualifier">How the source(s) qualified killed: Exact, AtLeast, AtMost, About, MoreThan or Range.</param>
/// <param name="KilledHigh">The high end of killed when it is a Range.</param>
/// <param name="KilledWords">Killed in the source's own words, when they say more than the number.</param>
/// <param name="InjuredQualifier">How the source(s) qualified injured: Exact, AtLeast, AtMost, About, MoreThan or Range.</param>
/// <param name="InjuredHigh">The high end of injured when it is a Range.</param>
/// <param name="InjuredWords">Injured in the source's own words, when they say more than the number.</param>
public sealed record StrikeExportRow(
    int Id,
    DateOnly Date,
    DatePrecision DatePrecision,
    string DateText,
    TimeOnly? TimeOfDay,
    string? Settlement,
    string? District,
    Oblast? Oblast,
    string? OblastName,
    double? Latitude,
    double? Longitude,
    LocationPrecision LocationPrecision,
    string LocationText,
    string MissileType,
    string MissileTypeName,
    string OriginCountry,
    OriginStatus OriginStatus,
    int? MissilesLaunched,
    int? MissilesIntercepted,
    int? Killed,
    int? Injured,
    string Summary,
    IReadOnlyList<string> OfficialsQuoted,
    IReadOnlyList<string> SourceUrls,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateOnly? EndDate,
    TimeOnly? EndTime,
    FigureQualifier MissilesLaunchedQualifier,
    int? MissilesLaunchedHigh,
    string? MissilesLaunchedWords,
    FigureQualifier MissilesInterceptedQualifier,
    int? MissilesInterceptedHigh,
    string? MissilesInterceptedWords,
    FigureQualifier KilledQualifier,
    int? KilledHigh,
    string? KilledWords,
    FigureQualifier InjuredQualifier,
    int? InjuredHigh,
    string? InjuredWords)
{
    /// <summary>The strike's linked places, main place first; read only for the GeoJSON export, which writes a feature per place.</summary>
    [JsonIgnore]
    public IReadOnlyList<StrikeMapPlace> Places { get; init; } = [];

    /// <summary>When the strike was last published (UTC), for the feed's <c>published</c>; not a CSV column.</summary>
    [JsonIgnore]
    public DateTime? PublishedAt { get; init; }

    [JsonIgnore]
    public Figure MissilesLaunchedFigure => new(MissilesLaunched, MissilesLaunchedQualifier, MissilesLaunchedHigh, MissilesLaunchedWords);

    [JsonIgnore]
    public Figure MissilesInterceptedFigure => new(MissilesIntercepted, MissilesInterceptedQualifier, MissilesInterceptedHigh, MissilesInterceptedWords);

    [JsonIgnore]
    public Figure KilledFigure => new(Killed, KilledQualifier, KilledHigh, KilledWords);

    [JsonIgnore]
    public Figure InjuredFigure => new(Injured, InjuredQualifier, InjuredHigh, InjuredWords);

    [JsonIgnore]
    public bool HasCoordinates => Latitude is not null && Longitude is not null;

    public static StrikeExportRow From(Strike s, string weaponCode, string weaponName, IReadOnlyList<string> officials, IReadOnlyList<string> sourceUrls)
    {
        var location = StrikeLocation.Of(s);
        return new StrikeExportRow(s.Id, s.OccurredOn, s.DatePrecision, s.Date.ToString(), s.TimeOfDay, s.Settlement, s.District,
            // Labels in the current culture's language: English for the API and every default export, Ukrainian for strikes.csv?lang=uk.
            s.Oblast, s.Oblast is { } oblast ? Geography.Oblasts.LocalNameOf(oblast) : null, s.Latitude, s.Longitude, s.LocationPrecision, location.Text,
            weaponCode, Weapons.WeaponCatalog.LocalNameOf(weaponCode, weaponName),
            s.OriginCountry, s.OriginStatus, s.MissilesLaunched, s.MissilesIntercepted, s.Killed, s.Injured, s.Summary,
            officials, sourceUrls, s.CreatedAt, s.UpdatedAt, s.EndsOn, s.EndTime,
            s.MissilesLaunchedQualifier, s.MissilesLaunchedHigh, s.MissilesLaunchedWords,
            s.MissilesInterceptedQualifier, s.MissilesInterceptedHigh, s.MissilesInterceptedWords,
            s.KilledQualifier, s.KilledHigh, s.KilledWords,
            s.InjuredQualifier, s.InjuredHigh, s.InjuredWords) { PublishedAt = s.PublishedAt };
    }
}
