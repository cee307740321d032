using MissileTracker.Web.Geography;

namespace MissileTracker.Web.Places;

/// <summary>One place of the shipped gazetteer (<c>Places/Gazetteer/ua-places.tsv</c>, built from GeoNames).</summary>
/// <param name="Key">Stable key in the file: the GeoNames id, or <c>n</c> + a hash of name and coordinates when no source gave one.</param>
/// <param name="GeoNamesId">GeoNames id, when known.</param>
/// <param name="Name">English (transliterated) name, as GeoNames spells it.</param>
/// <param name="NameUk">Ukrainian name, when the data has it.</param>
/// <param name="Oblast">Oblast (mapped from the GeoNames admin1 code).</param>
/// <param name="Raion">Raion (rural district), from the GeoNames admin2 name.</param>
/// <param name="CityDistrict">City district (Kyiv and Sevastopol's second level).</param>
/// <param name="Latitude">WGS 84 latitude of the settlement's centre.</param>
/// <param name="Longitude">WGS 84 longitude.</param>
/// <param name="Population">Inhabitants, when GeoNames gives a figure.</param>
/// <param name="Alternates">Other spellings (Latin and Cyrillic), e.g. Kharkov, Харьков.</param>
public sealed record GazetteerPlace(
    string Key,
    int? GeoNamesId,
    string Name,
    string? NameUk,
    Oblast Oblast,
    string? Raion,
    string? CityDistrict,
    double Latitude,
    double Longitude,
    int? Population,
    IReadOnlyList<string> Alternates)
{
    /// <summary>Every name the place is known by: the English, the Ukrainian and the alternates.</summary>
    public IEnumerable<string> AllNames => Alternates.Prepend(NameUk ?? "").Prepend(Name).Where(n => n.Length > 0);
}
