using MissileTracker.Web.Geography;

namespace MissileTracker.Web.Strikes;

/// <summary>Where a strike happened, as far as it is known.</summary>
/// <param name="Settlement">City, town or village, when known.</param>
/// <param name="District">District (raion or city district), when known.</param>
/// <param name="Oblast">Oblast, when known.</param>
/// <param name="OblastName">Display name of the oblast.</param>
/// <param name="Latitude">WGS 84 latitude; what it points at depends on <paramref name="Precision"/>.</param>
/// <param name="Longitude">WGS 84 longitude.</param>
/// <param name="Precision">How precisely the place is known; NotReported when the reports give none.</param>
/// <param name="Text">Readable summary, e.g. "Kharkiv, Kharkiv Oblast" or "Location not reported".</param>
public sealed record StrikeLocation(
    string? Settlement,
    string? District,
    Oblast? Oblast,
    string? OblastName,
    double? Latitude,
    double? Longitude,
    LocationPrecision Precision,
    string Text)
{
    public static StrikeLocation Of(Strike strike)
    {
        var oblastName = strike.Oblast is { } oblast ? Oblasts.NameOf(oblast) : null;
        return new StrikeLocation(strike.Settlement, strike.District, strike.Oblast, oblastName,
            strike.Latitude, strike.Longitude, strike.LocationPrecision,
            Describe(strike.Settlement, strike.District, strike.Oblast is { } o ? Oblasts.LocalNameOf(o) : null));
    }

    public static string Describe(string? settlement, string? district, string? oblastName)
    {
        string?[] parts = [district, settlement, oblastName];
        var known = parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return known.Count == 0 ? Localization.Text.Of("Location not reported") : string.Join(", ", known);
    }
}
