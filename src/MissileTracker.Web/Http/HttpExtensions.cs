using System.Text.Json.Serialization;

namespace MissileTracker.Web.Http;

public static class HttpExtensions
{
    /// <summary>ProblemDetails for every error, enums as names in JSON, and the public API's CORS and rate-limit policies.</summary>
    public static IServiceCollection AddTrackerHttp(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions["correlationId"] = CorrelationId.Of(context.HttpContext));
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false)));
        services.AddTrackerCors();
        services.AddTrackerRateLimiting();
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

        app.UseWhen(IsApi, api =>
        {
            // A body the server refuses while it is being read (too large, malformed) is the client's error, not a 500.
            api.UseExceptionHandler(new ExceptionHandlerOptions
            {
                StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
            });
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsApi(context), pages =>
        {
            pages.UseExceptionHandler("/Error");
            pages.UseStatusCodePagesWithReExecute("/Error", "?status={0}");
        });
        return app;
    }

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}
