using System.Text.Json.Nodes;

namespace MissileTracker.Tests.Infrastructure;

/// <summary>Operations listed in the checked-in OpenAPI contract, so tests cover every one the API documents.</summary>
public static class ContractPaths
{
    private static readonly Lazy<JsonObject> Document = new(() => JsonNode.Parse(File.ReadAllText(RepositoryFiles.OpenApiContract))!.AsObject());

    /// <summary>Every path template with a public GET operation (no token), e.g. <c>/api/v1/strikes/{id}</c>.</summary>
    public static IEnumerable<string> ReadTemplates() =>
        Document.Value["paths"]!.AsObject().Where(p => p.Value!["get"] is { } get && get["security"] is not JsonArray { Count: > 0 }).Select(p => p.Key);

    /// <summary>Every path with a GET operation, with <c>{id}</c> as <paramref name="id"/>.</summary>
    public static IEnumerable<string> Reads(int id = 1) =>
        ReadTemplates().Select(t => t.Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

    /// <summary>The documented query parameter names of <c>GET <paramref name="template"/></c>.</summary>
    public static IReadOnlyList<string> QueryParameters(string template) =>
        (Document.Value["paths"]![template]!["get"]!["parameters"]?.AsArray() ?? [])
            .Where(p => p!["in"]!.GetValue<string>() == "query")
            .Select(p => p!["name"]!.GetValue<string>())
            .ToList();
}
