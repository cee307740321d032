using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using MissileTracker.Web.Http;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace MissileTracker.Web.Api.OpenApi;

/// <summary>
/// Marks operations that need an API token with the bearer security requirement, and describes
/// the <c>id</c> path parameter of endpoints mapped from shared lambdas (which carry no XML docs).
/// </summary>
internal sealed class ApiTokenOperationFilter : IOperationFilter
{
    public const string SchemeName = "apiToken";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var parameter in operation.Parameters ?? [])
        {
            if (parameter is OpenApiParameter { Name: "id", In: ParameterLocation.Path } id && string.IsNullOrEmpty(id.Description))
            {
                id.Description = "The record's id.";
            }
        }

        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().Any())
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] });
        }
    }
}
