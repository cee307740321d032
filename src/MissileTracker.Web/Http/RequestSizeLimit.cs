namespace MissileTracker.Web.Http;

/// <summary>
/// Refuses request bodies over <c>Http:MaxRequestBodyBytes</c> (default 1 MiB) with 413 before
/// anything reads them. Kestrel enforces the same limit on bodies without a Content-Length.
/// </summary>
public static class RequestSizeLimit
{
    public const long DefaultMaxBytes = 1024 * 1024;

    public static long MaxBytes(IConfiguration configuration) => configuration.GetValue("Http:MaxRequestBodyBytes", DefaultMaxBytes);

    public static IApplicationBuilder UseRequestSizeLimit(this IApplicationBuilder app, long maxBytes) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > maxBytes)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                var written = await context.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status413PayloadTooLarge,
                        Title = "Request body too large",
                        Detail = $"Bodies over {maxBytes:N0} bytes are refused.",
                    },
                });
                if (!written)
                {
                    await context.Response.WriteAsync($"Request body too large: bodies over {maxBytes:N0} bytes are refused.");
                }

                return;
            }

            if (context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = maxBytes;
            }

            await next(context);
        });
}
