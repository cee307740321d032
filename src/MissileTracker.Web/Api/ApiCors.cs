using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.Api;

public static class ApiCors
{
    /// <summary>Any origin may read the public API (GET/HEAD, no credentials); no origin may write through it.</summary>
    public const string PublicReadPolicy = "public-read";

    public static IServiceCollection AddTrackerCors(this IServiceCollection services) =>
        services.AddCors(options => options.AddPolicy(PublicReadPolicy, policy => policy
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Head)
            .AllowAnyHeader()
            .WithExposedHeaders("ETag", "Last-Modified", "Retry-After", "Content-Disposition", StrikeGeoJson.CountHeader)
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));
}
