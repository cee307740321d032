using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace MissileTracker.Web.Api;

/// <summary>Requests per minute allowed on the API (configuration section <c>RateLimiting</c>).</summary>
public sealed class RateLimitSettings
{
    /// <summary>Per client IP address, for anonymous callers.</summary>
    public int PublicPermitPerMinute { get; set; } = 120;

    /// <summary>Per user, for authenticated callers (editors' tokens).</summary>
    public int EditorPermitPerMinute { get; set; } = 1200;
}

public static class RateLimiting
{
    /// <summary>The policy on every <c>/api/v1</c> endpoint; pages, static files and Swagger are not limited.</summary>
    public const string ApiPolicy = "api";

    public static IServiceCollection AddTrackerRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitSettings>().BindConfiguration("RateLimiting");
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(ApiPolicy, Partition);
            options.OnRejected = RejectAsync;
        });
        return services;
    }

    // A fixed one-minute window per caller: the user name when signed in (higher limit), else the IP address.
    private static RateLimitPartition<string> Partition(HttpContext http)
    {
        var settings = http.RequestServices.GetRequiredService<IOptions<RateLimitSettings>>().Value;
        var user = http.User.Identity is { IsAuthenticated: true, Name: { } name } ? name : null;
        var key = user is not null ? "user:" + user : "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        var permits = user is not null ? settings.EditorPermitPerMinute : settings.PublicPermitPerMinute;
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? (int)Math.Ceiling(retryAfter.TotalSeconds) : 60;
        http.Response.Headers.RetryAfter = Math.Max(seconds, 1).ToString(CultureInfo.InvariantCulture);
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Type = ProblemTypes.RateLimited,
                Title = "Too many requests",
                Detail = $"The request limit for this client was reached; retry after {Math.Max(seconds, 1)} seconds (see Retry-After).",
            },
        });
    }
}
