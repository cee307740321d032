using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.Net.Http.Headers;
using MissileTracker.Web.Data;

namespace MissileTracker.Web.Http;

public static class HttpExtensions
{
    /// <summary>
    /// ProblemDetails for every error, enums as names in JSON, response compression and the public base URL for links.
    /// </summary>
    public static IServiceCollection AddTrackerHttp(this IServiceCollection services)
    {
        services.AddHostedService<StartupMemoryTrim>();
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions["correlationId"] = CorrelationId.Of(context.HttpContext);
            if (context.Exception is { } exception && StorageFailure.Is(exception))
            {
                context.ProblemDetails.Title = "The database cannot take changes right now";
                context.ProblemDetails.Detail = "Nothing was saved. Send the same request again after the Retry-After seconds.";
            }
        });
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false)));
        services.AddTrackerCompression();
        services.AddPublicBaseUrl();
        return services;
    }

    /// <summary>
    /// API requests get ProblemDetails for exceptions and bare status codes; page requests get
    /// the HTML error page, so a browser never sees JSON and a client never sees HTML.
    /// </summary>
    public static WebApplication UseTrackerErrorHandling(this WebApplication app)
    {
        // Behind a reverse proxy on this host (the default trust), the original scheme and client
        // address count: Secure cookies, HSTS and per-IP rate limits then work as intended.
        app.UseForwardedHeaders(new ForwardedHeadersOptions
        {
            ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto,
        });
        app.UseCorrelationIds();
        app.UseSecurityHeaders(Geography.MapSettings.From(app.Configuration).TileSource);
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseRetryAfterOnServiceUnavailable();
        // Outside the error handlers, so error responses are shaped the same way; HEAD's outside compression, so nothing compressed is sent either.
        app.UseHeadResponses();
        app.UseResponseCompression();
        app.UseWhen(IsApi, api =>
        {
            // A body the server refuses while it is being read (too large, malformed) is the client's error, not a 500;
            // an unwritable database is a 503 to retry later.
            api.UseExceptionHandler(new ExceptionHandlerOptions
            {
                StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StorageFailure.StatusCodeOf(exception),
            });
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsApi(context), pages =>
        {
            pages.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/Error", StatusCodeSelector = StorageFailure.StatusCodeOf });
            pages.UseStatusCodePagesWithReExecute("/Error", "?status={0}");
        });
        return app;
    }

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    // Every 503 (an unwritable database, a failing readiness probe) tells clients when to try again.
    private static IApplicationBuilder UseRetryAfterOnServiceUnavailable(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                if (context.Response.StatusCode == StatusCodes.Status503ServiceUnavailable && !context.Response.Headers.ContainsKey(HeaderNames.RetryAfter))
                {
                    context.Response.Headers.RetryAfter = ((int)StorageFailure.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
}
