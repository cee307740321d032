using System.Text.RegularExpressions;

namespace MissileTracker.Web.Geography;

/// <summary>
/// The map's optional online tile layer. Empty by default: the map then draws only the shipped oblast
/// outlines and needs no network. When <c>Map:TileUrl</c> names a tile server (a Leaflet URL template such
/// as <c>https://tile.openstreetmap.org/{z}/{x}/{y}.png</c>), the page adds it and the CSP allows its host for images.
/// </summary>
public sealed partial class MapSettings
{
    public const string Section = "Map";

    /// <summary>Leaflet tile URL template; https only; empty for no tile layer.</summary>
    public string? TileUrl { get; set; }

    /// <summary>Attribution the tile provider requires, shown as text in the map corner.</summary>
    public string? TileAttribution { get; set; }

    /// <summary>The tile layer's origin for the CSP's img-src (with {s} subdomains as a wildcard), or null when none is configured or the URL is not https.</summary>
    public string? TileSource => string.IsNullOrWhiteSpace(TileUrl) || OriginPattern().Match(TileUrl) is not { Success: true } m
        ? null
        : "https://" + m.Groups[1].Value.Replace("{s}", "*", StringComparison.Ordinal);

    public static MapSettings From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<MapSettings>() ?? new MapSettings();

    [GeneratedRegex(@"^https://((?:\{s\}\.)?[A-Za-z0-9.-]+(?::[0-9]+)?)/", RegexOptions.CultureInvariant)]
    private static partial Regex OriginPattern();
}
