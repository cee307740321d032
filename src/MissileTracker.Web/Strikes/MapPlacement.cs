using MissileTracker.Web.Geography;

namespace MissileTracker.Web.Strikes;

/// <summary>How a strike is put on the map and into the GeoJSON export.</summary>
public enum MapPlacement
{
    /// <summary>No coordinates and no oblast: listed beside the map and counted in the export, never drawn.</summary>
    None,

    /// <summary>At its recorded coordinates (what they point at: see the location precision).</summary>
    Coordinates,

    /// <summary>No coordinates, but an oblast: drawn at the oblast's centre, marked approximate.</summary>
    OblastCentre,

    /// <summary>A further place the strike names (one attack on a town and several villages): drawn at that place's centre, with its own precision.</summary>
    PlaceCentre,
}

/// <summary>Where a strike is drawn: its coordinates, or its oblast's centre, or nowhere. One rule for the map page and the GeoJSON export.</summary>
public static class StrikePlacement
{
    public static (MapPlacement Placement, double? Latitude, double? Longitude) Of(double? latitude, double? longitude, Oblast? oblast, OblastCentres centres)
    {
        if (latitude is not null && longitude is not null)
        {
            return (MapPlacement.Coordinates, latitude, longitude);
        }

        return oblast is { } o && centres.Of(o) is { } centre
            ? (MapPlacement.OblastCentre, centre.Latitude, centre.Longitude)
            : (MapPlacement.None, null, null);
    }
}
