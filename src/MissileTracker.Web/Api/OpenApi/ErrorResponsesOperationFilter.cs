using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using MissileTracker.Web.Http;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace MissileTracker.Web.Api.OpenApi;

/// <summary>
/// Documents the errors the pipeline answers for every operation, which no endpoint declares: 500 and
/// 503 (the database's storage refused: read-only, full, I/O error) for any operation, 413 (body over the limit) and 415 (a body of the wrong type) for those that read a body;
/// and says what the group-level 406 means. The response contract check in the tests fails on any status
/// an operation does not list, so these must be here.
/// </summary>
internal sealed class ErrorResponsesOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= [];
        Problem(operation, context, "500", "Unexpected error (ProblemDetails with a `correlationId` to quote when reporting it).");
        Problem(operation, context, "503", "The database cannot store or read data right now (read-only, disk full, I/O error); "
            + "nothing was written. Retry unchanged after the `Retry-After` seconds.");
        if (operation.RequestBody is not null)
        {
            var limit = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<RequestSizeLimit.EndpointBodyLimit>().LastOrDefault()?.Setting
                ?? RequestSizeLimit.DefaultSetting;
            Problem(operation, context, "413", $"The request body is larger than the server accepts ({limit}).");
            Problem(operation, context, "415", "The body's Content-Type is not one this operation reads.");
        }

        if (operation.Responses.TryGetValue("406", out var refused) && refused is OpenApiResponse notAcceptable)
        {
            notAcceptable.Description = "The Accept header takes none of the media types this operation serves "
                + "(ProblemDetails type urn:missiletracker:problem:not-acceptable; `available` lists them).";
        }
    }

    private static void Problem(OpenApiOperation operation, OperationFilterContext context, string status, string description)
    {
        if (operation.Responses!.TryGetValue(status, out var declared))
        {
            if (declared is OpenApiResponse response)
            {
                response.Description = description;
            }

            return;
        }

        operation.Responses[status] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository) },
            },
        };
    }
}
