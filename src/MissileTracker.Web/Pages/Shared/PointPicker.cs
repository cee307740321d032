using MissileTracker.Web.Geography;

namespace MissileTracker.Web.Pages.Shared;

/// <summary>
/// A small Leaflet map on an editor form (<c>_PointPicker.cshtml</c>, <c>wwwroot/js/place-picker.js</c>): clicking it or
/// dragging its marker writes the latitude and longitude fields named here; typing in them moves the marker.
/// </summary>
public sealed record PointPicker(MapSettings Map, string BoundariesUrl, string LatitudeId, string LongitudeId, string? Hint)
{
    public const string Boundaries = "~/lib/ukraine-oblasts/ukraine-oblasts.json";
}
