using System.Text.Json.Serialization;
using MissileTracker.Web.Geography;

namespace MissileTracker.Web.Places;

/// <summary>A place offered by the type-ahead or found by a lookup: from the shipped gazetteer, the tracker's own places, or both.</summary>
/// <param name="PlaceId">The tracker's place id (<c>/places/{id}</c>), once a strike names the place or an editor added it; null for a gazetteer place no strike names yet.</param>
/// <param name="GazetteerKey">Key in the shipped gazetteer (the GeoNames id, or n + a hash for places without one); null for editor-added places.</param>
/// <param name="GeoNamesId">GeoNames id, when known.</param>
/// <param name="Name">English (transliterated) name.</param>
/// <param name="NameUk">Ukrainian name, when known.</param>
/// <param name="Oblast">Oblast.</param>
/// <param name="OblastName">The oblast's display name.</param>
/// <param name="Raion">Raion (rural district), when known.</param>
/// <param name="CityDistrict">City district, when known.</param>
/// <param name="Latitude">WGS 84 latitude of the place's centre.</param>
/// <param name="Longitude">WGS 84 longitude.</param>
/// <param name="Population">Inhabitants (GeoNames), when known.</param>
/// <param name="EditorAdded">Added by an editor because the gazetteer lacks it.</param>
/// <param name="MatchedName">The spelling the query matched when it is not the name, e.g. Kharkov for Kharkiv.</param>
public sealed record PlaceCandidate(
    int? PlaceId,
    string? GazetteerKey,
    int? GeoNamesId,
    string Name,
    string? NameUk,
    Oblast Oblast,
    string OblastName,
    string? Raion,
    string? CityDistrict,
    double Latitude,
    double Longitude,
    int? Population,
    bool EditorAdded,
    string? MatchedName)
{
    public static PlaceCandidate Of(GazetteerPlace p, int? placeId, string? matchedName) =>
        new(placeId, p.Key, p.GeoNamesId, p.Name, p.NameUk, p.Oblast, Oblasts.NameOf(p.Oblast), p.Raion, p.CityDistrict,
            p.Latitude, p.Longitude, p.Population, EditorAdded: false, matchedName);

    public static PlaceCandidate Of(Place p) =>
        new(p.Id, p.GazetteerKey, p.GeoNamesId, p.Name, p.NameUk, p.Oblast, Oblasts.NameOf(p.Oblast), p.Raion, p.CityDistrict,
            p.Latitude, p.Longitude, Population: null, p.EditorAdded, MatchedName: null);

    /// <summary>"Brovary (Brovary Raion, Kyiv Oblast)": enough to tell namesakes apart.</summary>
    [JsonIgnore]
    public string Label => $"{Name} ({string.Join(", ", new[] { CityDistrict, Raion, OblastName }.Where(x => !string.IsNullOrEmpty(x)))})";
}
