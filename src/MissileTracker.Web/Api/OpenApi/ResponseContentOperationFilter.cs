using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.OpenApi;
using MissileTracker.Web.Http;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace MissileTracker.Web.Api.OpenApi;

/// <summary>
/// One status code may come with several media types (the strike list answers 200 with JSON or,
/// on <c>Accept: text/csv</c>, CSV). API Explorer keeps only one type per status code, so this
/// filter adds the media types of the other response metadata, and lists responses by status code.
/// </summary>
internal sealed class ResponseContentOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= [];
        var declared = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IProducesResponseTypeMetadata>()
            .Where(m => m.Type is not null && m.Type != typeof(void));
        foreach (var metadata in declared)
        {
            if (!operation.Responses.TryGetValue(metadata.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture), out var found)
                || found is not OpenApiResponse response)
            {
                continue;
            }

            response.Content ??= new Dictionary<string, OpenApiMediaType>();
            foreach (var contentType in metadata.ContentTypes.Where(c => !response.Content.ContainsKey(c)))
            {
                response.Content[contentType] = new OpenApiMediaType { Schema = context.SchemaGenerator.GenerateSchema(metadata.Type!, context.SchemaRepository) };
            }

            // JSON first: it is the default representation.
            if (response.Content.ContainsKey("application/json") && response.Content.Count > 1)
            {
                response.Content = response.Content.OrderBy(c => c.Key == "application/json" ? 0 : 1).ThenBy(c => c.Key, StringComparer.Ordinal)
                    .ToDictionary(c => c.Key, c => c.Value);
            }
        }

        var ordered = operation.Responses.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        operation.Responses.Clear();
        foreach (var (status, response) in ordered)
        {
            operation.Responses[status] = response;
        }
    }
}
