using Microsoft.OpenApi;
using MissileTracker.Web.Http;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace MissileTracker.Web.Api.OpenApi;

/// <summary>
/// A property that may be null and refers to another schema comes out of Swashbuckle as
/// <c>allOf: [$ref]</c> with <c>nullable: true</c> and no <c>type</c>, which OpenAPI 3.0.3 does not
/// allow (<c>nullable</c> needs a <c>type</c> beside it; Redocly's nullable-type-sibling rule). This
/// gives it the referenced schema's type, so it reads as "null, or that schema" in valid 3.0.
/// </summary>
internal sealed class NullableReferencesDocumentFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var schemas = swaggerDoc.Components?.Schemas;
        if (schemas is null)
        {
            return;
        }

        var properties = schemas.Values.OfType<OpenApiSchema>().SelectMany(s => s.Properties?.Values ?? []).OfType<OpenApiSchema>();
        foreach (var property in properties)
        {
            if (property is { Type: JsonSchemaType.Null, AllOf: [OpenApiSchemaReference { Reference.Id: { } id }] }
                && schemas.TryGetValue(id, out var target) && target.Type is { } type)
            {
                property.Type = type | JsonSchemaType.Null;
            }
        }
    }
}
