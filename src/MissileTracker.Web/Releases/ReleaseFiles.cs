using MissileTracker.Web.Api;

namespace MissileTracker.Web.Releases;

/// <summary>The files every release holds, with their media types.</summary>
public static class ReleaseFiles
{
    /// <summary>A release file's name and media type.</summary>
    public sealed record Kind(string Name, string MediaType);

    public static Kind StrikesCsv { get; } = new("strikes.csv", CsvResult.MediaType + "; charset=utf-8");
    public static Kind StrikesGeoJson { get; } = new("strikes.geojson", GeoJson.MediaType);
    public static Kind StatementsJson { get; } = new("statements.json", "application/json");
    public static Kind ReportsJson { get; } = new("reports.json", "application/json");
    public static Kind Codebook { get; } = new("codebook.md", "text/markdown; charset=utf-8");
    public static Kind Citation { get; } = new("CITATION.cff", "text/plain; charset=utf-8");

    /// <summary>Every media type a release file is served as (without parameters), for the API document.</summary>
    public static IReadOnlyList<string> MediaTypes { get; } =
        [.. new[] { StrikesCsv, StrikesGeoJson, StatementsJson, ReportsJson, Codebook, Citation }.Select(k => k.MediaType.Split(';')[0]).Distinct()];

    /// <summary>The tables a diff between releases compares, each keyed by its <c>id</c> column.</summary>
    public static IReadOnlyList<Kind> Tables { get; } = [StrikesCsv];

    /// <summary>The codebook this build of the app documents (docs/codebook.md, embedded at build time).</summary>
    public static Stream OpenCodebook() =>
        typeof(ReleaseFiles).Assembly.GetManifestResourceStream("codebook.md")
        ?? throw new InvalidOperationException("The codebook is not embedded in this build.");
}
