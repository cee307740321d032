using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using MissileTracker.Web.Api;

namespace MissileTracker.Web.Http;

/// <summary>
/// Brotli or gzip for dynamic responses (JSON, ProblemDetails, CSV, GeoJSON, Atom, pages; static files are
/// served precompressed), over HTTPS too. BREACH: compressing a body that holds a secret next to text an
/// attacker can choose (a search term, a filter) lets the attacker recover the secret from the compressed
/// sizes of many requests made through the victim's browser. So no body that may hold a secret is
/// compressed: no response to a signed-in caller (sessions, staff pages, account data) and no response
/// marked <c>no-store</c>, which antiforgery sets on every page that renders a form's token.
/// </summary>
public static class Compression
{
    public static IServiceCollection AddTrackerCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "application/problem+json", GeoJson.MediaType, CsvResult.MediaType, AtomFeedResult.MediaType];
        });
        services.AddSingleton<IResponseCompressionProvider, SecretFreeCompressionProvider>();
        return services;
    }

    /// <summary>True when the response may hold a secret of the caller's, so it must not be compressed.</summary>
    public static bool MayHoldSecrets(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true
        || context.Request.Headers.ContainsKey(HeaderNames.Authorization)
        || context.Response.GetTypedHeaders().CacheControl is { NoStore: true };
}

/// <summary>ASP.NET Core's choice of compression, refusing responses that may hold secrets (see <see cref="Compression"/>).</summary>
internal sealed class SecretFreeCompressionProvider(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
    : ResponseCompressionProvider(services, options)
{
    // A response that takes byte ranges (a full export's file) is not compressed on the fly: ranges address its
    // uncompressed bytes, and it has a gzip copy made once.
    public override bool ShouldCompressResponse(HttpContext context) =>
        !Compression.MayHoldSecrets(context) && !context.Response.Headers.ContainsKey(HeaderNames.AcceptRanges) && base.ShouldCompressResponse(context);
}
