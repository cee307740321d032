using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.Pages.Editor.Strikes;

/// <summary>Choices the strike form offers.</summary>
public static class StrikeForm
{
    /// <summary>A further place is named, so "not reported" is no precision for it (the API says the same: 400).</summary>
    public static IReadOnlyList<LocationPrecision> FurtherPlacePrecisions { get; } =
        [LocationPrecision.Settlement, LocationPrecision.District, LocationPrecision.Exact, LocationPrecision.Oblast];
}
