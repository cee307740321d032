using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using MissileTracker.Web.Http;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace MissileTracker.Web.Api.OpenApi;

public static class OpenApiExtensions
{
    public const string DocumentName = "v1";

    /// <summary>Swashbuckle's OpenAPI document, described from the XML doc comments.</summary>
    public static IServiceCollection AddTrackerOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        // Describe schemas with the minimal APIs' own JSON options (enums as names), not MVC's defaults; the
        // generator options carry SupportNonNullableReferenceTypes, without which every reference type reads as nullable.
        services.AddTransient<ISerializerDataContractResolver>(sp => new JsonSerializerDataContractResolver(
            sp.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions,
            sp.GetRequiredService<IOptions<SchemaGeneratorOptions>>().Value));
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "MissileTracker API",
                Version = "v1",
                Description = "Strikes on Ukraine with North Korean-made missiles (KN-23 / KN-24 / Hwasong-11 family), "
                    + "with every figure traced to the statement and report it comes from. Reads are public: any origin may call them (CORS), "
                    + "anonymous clients may make a limited number of requests per minute (429 with Retry-After beyond it), and every "
                    + "response carries an ETag for conditional requests. Every GET also answers HEAD (the same headers, no body). "
                    + "Unknown query parameters and an Accept header naming no type an operation serves are errors (400, 406). "
                    + "Errors are ProblemDetails (RFC 9457) with a stable `type`. "
                    + "Researcher's guide: docs/api.md.",
            });
            options.IncludeXmlComments(Path.Combine(AppContext.BaseDirectory, "MissileTracker.Web.xml"), includeControllerXmlComments: true);
            options.SupportNonNullableReferenceTypes();
            // A property that refers to another schema carries its own nullability and description only
            // beside an allOf: OpenAPI 3.0 ignores everything next to a bare $ref, so a nullable one read as never null.
            options.UseAllOfToExtendReferenceSchemas();
            // A time of day is local Kyiv time, written "HH:mm:ss" with no offset: RFC 3339's partial-time, not the
            // "time" format (full-time, which needs an offset) Swashbuckle gives TimeOnly. Read as "HH:mm" too.
            options.MapType<TimeOnly>(() => new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Format = "partial-time",
                Pattern = "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?$",
            });
            // HEAD is allowed beside every GET (Http/HeadRequests.cs) and said so once, in the description above.
            options.DocInclusionPredicate((document, api) =>
                !HttpMethods.IsHead(api.HttpMethod ?? "") && (api.GroupName is null || api.GroupName == document));
            options.AddSecurityDefinition(ApiTokenOperationFilter.SchemeName, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "A staff member's API token (create one on the account's API tokens page): `Authorization: Bearer mt_…`. Reads need none.",
            });
            options.OperationFilter<ApiTokenOperationFilter>();
            options.ParameterFilter<QueryParameterSchemaFilter>();
            options.OperationFilter<PublicApiOperationFilter>();
            options.OperationFilter<ErrorResponsesOperationFilter>();
            options.OperationFilter<ResponseContentOperationFilter>();
            options.DocumentFilter<OpenApiDocumentFilter>();
            options.DocumentFilter<NullableReferencesDocumentFilter>();
        });
        return services;
    }

    /// <summary>Serves <c>/swagger/v1/swagger.json</c> and the Swagger UI at <c>/swagger</c>.</summary>
    public static WebApplication UseTrackerOpenApi(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint($"/swagger/{DocumentName}/swagger.json", "MissileTracker API v1");
            options.DocumentTitle = "MissileTracker API";
            // Contrast and a label for the server list, which Swagger UI lacks (axe, issue 20).
            options.InjectStylesheet("/css/swagger-a11y.css");
            options.InjectJavascript("/js/swagger-a11y.js");
        });
        return app;
    }
}
