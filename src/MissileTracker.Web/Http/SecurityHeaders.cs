namespace MissileTracker.Web.Http;

/// <summary>Security headers on every response: no inline script, no framing, no sniffing, no referrer leaks.</summary>
public static class SecurityHeaders
{
    /// <summary>Pages and the API: everything from our own origin, no inline script or style.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Swagger UI sets inline styles; it still runs no inline script.</summary>
    public const string SwaggerContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The page policy, with the map's tile server (when one is configured) allowed for images.</summary>
    public static string ContentSecurityPolicyWith(string? tileSource) => tileSource is null
        ? ContentSecurityPolicy
        : ContentSecurityPolicy.Replace("img-src 'self' data:;", $"img-src 'self' data: {tileSource};", StringComparison.Ordinal);

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, string? tileSource = null)
    {
        var pagePolicy = ContentSecurityPolicyWith(tileSource);
        return app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                // An endpoint that set its own, stricter policy (a snapshot download's sandbox) keeps it.
                if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
                {
                    headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/swagger") ? SwaggerContentSecurityPolicy : pagePolicy;
                }

                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
    }
}
