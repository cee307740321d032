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

    /// <summary>100,000 CSV rows with a report each, as the import benchmark sends them, are about 30 MB (docs/performance.md).</summary>
    public const long DefaultImportMaxBytes = 64 * 1024 * 1024;

    public static long MaxBytes(IConfiguration configuration) => configuration.GetValue("Http:MaxRequestBodyBytes", DefaultMaxBytes);

    public static long ImportMaxBytes(IConfiguration configuration) => configuration.GetValue("Http:MaxImportBodyBytes", DefaultImportMaxBytes);

    /// <summary>Gives the endpoints their own body limit instead of the global one.</summary>
    public static TBuilder WithRequestSizeLimit<TBuilder>(this TBuilder builder, long maxBytes)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new EndpointBodyLimit(maxBytes));

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

    private sealed record EndpointBodyLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;
}
