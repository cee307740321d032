using Microsoft.OpenApi;
using MissileTracker.Web.Http;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace MissileTracker.Web.Api.OpenApi;

/// <summary>Document-level parts the endpoints cannot describe: the server and what each tag covers.</summary>
internal sealed class OpenApiDocumentFilter : IDocumentFilter
{
    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["Strikes"] = "Strike events with the tracker's consolidated figures; list with filters, one strike with its evidence, and exports (CSV, GeoJSON, Atom).",
        ["Statistics"] = "Counts and sums over the strikes matching the same filters as the list.",
        ["Statements"] = "What officials and organisations said, with the figures each gives, as published.",
        ["Claims"] = "Aggregate claims: statements whose figures belong to no single strike.",
        ["Officials"] = "People whose statements are recorded.",
        ["Reports"] = "News reports the tracker cites.",
        ["Weapons"] = "The missile-type reference table.",
    };

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        // Relative, so the document is the same wherever the API is served.
        swaggerDoc.Servers = [new OpenApiServer { Url = "/", Description = "The server that serves this document." }];
        swaggerDoc.Tags = new HashSet<OpenApiTag>(TagDescriptions
            .Where(t => swaggerDoc.Paths.Values.Any(p => p.Operations?.Values.Any(o => o.Tags?.Any(x => x.Name == t.Key) == true) == true))
            .Select(t => new OpenApiTag { Name = t.Key, Description = t.Value }));
    }
}
