using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace MissileTracker.Web.Http;

/// <summary>
/// Refuses request bodies over <c>Http:MaxRequestBodyBytes</c> (default 1 MiB) with 413 before
/// anything reads them. Kestrel enforces the same limit on bodies without a Content-Length. An
/// endpoint may carry its own limit (<see cref="WithRequestSizeLimit"/>): the bulk import takes
/// <c>Http:MaxImportBodyBytes</c> (default 64 MiB). Runs after routing, so it knows the endpoint.
/// </summary>
public static class RequestSizeLimit
{
    public const long DefaultMaxBytes = 1024 * 1024;

    /// <summary>
    /// 100,000 rows with a report each, as the import benchmark sends them, are 31 MB as CSV and
    /// 56 MB as JSON (docs/performance.md, "Bulk import").
    /// </summary>
    public const long DefaultImportMaxBytes = 64 * 1024 * 1024;

    /// <summary>The import's limit as the OpenAPI document names it.</summary>
    public const string ImportSetting = "`Http:MaxImportBodyBytes`, 64 MiB by default";

    public static long MaxBytes(IConfiguration configuration) => configuration.GetValue("Http:MaxRequestBodyBytes", DefaultMaxBytes);

    public static long ImportMaxBytes(IConfiguration configuration) => configuration.GetValue("Http:MaxImportBodyBytes", DefaultImportMaxBytes);

    /// <summary>The global limit as the OpenAPI document names it.</summary>
    public const string DefaultSetting = "`Http:MaxRequestBodyBytes`, 1 MiB by default";

    /// <summary>Gives the endpoints their own body limit instead of the global one; <paramref name="setting"/> names it in the OpenAPI document.</summary>
    public static TBuilder WithRequestSizeLimit<TBuilder>(this TBuilder builder, long maxBytes, string setting)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new EndpointBodyLimit(maxBytes, setting));

    public static IApplicationBuilder UseRequestSizeLimit(this IApplicationBuilder app, long maxBytes) =>
        app.Use(async (context, next) =>
        {
            // An endpoint's own limit replaces the global one (null there means no limit, as in ASP.NET Core).
            var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { } own ? own.MaxRequestBodySize : maxBytes;
            if (context.Request.ContentLength > limit)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                var written = await context.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status413PayloadTooLarge,
                        Title = "Request body too large",
                        Detail = $"Bodies over {limit:N0} bytes are refused.",
                    },
                });
                if (!written)
                {
                    await context.Response.WriteAsync($"Request body too large: bodies over {limit:N0} bytes are refused.");
                }

                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = limit;
            }

            await next(context);
        });

    /// <summary>An endpoint's own body limit, and the setting that configures it (for the OpenAPI document).</summary>
    public sealed record EndpointBodyLimit(long? MaxRequestBodySize, string Setting) : IRequestSizeLimitMetadata;
}
