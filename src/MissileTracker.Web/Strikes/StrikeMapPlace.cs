using System.Text.Json.Serialization;

namespace MissileTracker.Web.Strikes;

/// <summary>
/// One place a strike names, as the map and the GeoJSON export draw it: one attack can name a town
/// and several villages, and each is shown at its own point with its own precision.
/// </summary>
/// <param name="StrikeId">The strike naming the place (not written: the feature or list item already says).</param>
/// <param name="PlaceId">The tracker's place id (<c>/places/{id}</c>).</param>
/// <param name="Position">0 for the strike's main place, 1… for the further ones, in the strike's order.</param>
/// <param name="Precision">How precisely the strike is known at this place.</param>
/// <param name="Name">The place's English name.</param>
/// <param name="Latitude">WGS 84 latitude of the place's centre.</param>
/// <param name="Longitude">WGS 84 longitude of the place's centre.</param>
/// <param name="NameUk">The gazetteer's Ukrainian name, when it has one (pages only: the export stays language-neutral).</param>
public sealed record StrikeMapPlace(
    [property: JsonIgnore] int StrikeId,
    int PlaceId,
    int Position,
    LocationPrecision Precision,
    string Name,
    double Latitude,
    double Longitude,
    [property: JsonIgnore] string? NameUk = null);
