using Microsoft.Extensions.Options;

namespace MissileTracker.Web.Http;

/// <summary>Where the public reaches the site (configuration key <c>PublicBaseUrl</c>).</summary>
public sealed class PublicUrlSettings
{
    /// <summary>Scheme, host and optional path prefix, e.g. <c>https://tracker.example.org</c>; empty to use each request's own.</summary>
    public string? PublicBaseUrl { get; set; }
}

/// <summary>
/// Absolute links in API responses and feeds (paging links, Atom ids and links) are built from the
/// configured public base URL, never from the request's <c>Host</c> header, so a forged <c>Host</c> cannot
/// end up in a response that a shared cache keeps for everyone. Without the setting the request's own
/// scheme and host are used, which is safe only where <c>AllowedHosts</c> limits the hosts accepted
/// (appsettings.Production.json does).
/// </summary>
public static class PublicBaseUrl
{
    public const string Setting = "PublicBaseUrl";

    public static IServiceCollection AddPublicBaseUrl(this IServiceCollection services)
    {
        services.AddOptions<PublicUrlSettings>()
            .Configure<IConfiguration>((settings, configuration) => settings.PublicBaseUrl = configuration[Setting])
            .Validate(settings => string.IsNullOrWhiteSpace(settings.PublicBaseUrl) || Parse(settings.PublicBaseUrl) is not null,
                $"{Setting} must be an absolute http or https URL without query, fragment or user name, e.g. https://tracker.example.org.")
            .ValidateOnStart();
        return services;
    }

    /// <summary>The site's absolute base URL, without a trailing slash: the configured one, else the request's own.</summary>
    public static string Of(HttpRequest request)
    {
        var configured = request.HttpContext.RequestServices.GetRequiredService<IOptions<PublicUrlSettings>>().Value.PublicBaseUrl;
        return string.IsNullOrWhiteSpace(configured)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : Parse(configured)!.AbsoluteUri.TrimEnd('/');
    }

    private static Uri? Parse(string text) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0
            ? uri
            : null;
}
