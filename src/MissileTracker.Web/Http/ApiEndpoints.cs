using MissileTracker.Web.Claims;
using MissileTracker.Web.Import;
using MissileTracker.Web.Officials;
using MissileTracker.Web.Places;
using MissileTracker.Web.Reports;
using MissileTracker.Web.Stats;
using MissileTracker.Web.Statements;
using MissileTracker.Web.Strikes;
using MissileTracker.Web.Weapons;

namespace MissileTracker.Web.Http;

public static class ApiEndpoints
{
    /// <summary>
    /// Maps every resource under <c>/api/v1</c> inside one group that carries the public-API
    /// policies: CORS for reading, the rate limit, HEAD beside every GET, 406 for an Accept it cannot
    /// serve, 400 for an unknown query parameter, ETag/304 and caching, and the documented 304, 406
    /// and 429 responses. The group has no prefix, so each resource keeps its full path.
    /// </summary>
    public static WebApplication MapTrackerApi(this WebApplication app)
    {
        var api = app.MapGroup("")
            .RequireCors(ApiCors.PublicReadPolicy)
            .RequireRateLimiting(RateLimiting.ApiPolicy)
            .AllowHead()
            .AddEndpointFilter<NotAcceptableFilter>()
            .AddEndpointFilter<UnknownQueryParameterFilter>()
            .AddEndpointFilter<ConditionalGetFilter>()
            .WithMetadata(new PublicReadApiMetadata())
            .ProducesProblem(StatusCodes.Status406NotAcceptable)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapStrikes();
        api.MapDeletedStrikes();
        api.MapStrikeExports();
        api.MapStats();
        api.MapOfficials();
        api.MapStatementList();
        api.MapStatements();
        api.MapReports();
        api.MapClaims();
        api.MapWeapons();
        api.MapPlaces();

        // Writes share the rate limit but carry no CORS policy: browsers refuse cross-origin writes.
        // A database that cannot store anything (read-only, full disk) answers 503 with Retry-After.
        var writes = app.MapGroup("")
            .RequireRateLimiting(RateLimiting.ApiPolicy)
            .AddEndpointFilter<NotAcceptableFilter>()
            .AddEndpointFilter<UnknownQueryParameterFilter>()
            .ProducesProblem(StatusCodes.Status406NotAcceptable)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        writes.MapStrikeWrites();
        writes.MapReportWrites();
        writes.MapStatementWrites();
        writes.MapOfficialWrites();
        writes.MapImport();
        return app;
    }
}

/// <summary>Marks an endpoint as part of the public read API (for the OpenAPI document's headers and 304).</summary>
public sealed class PublicReadApiMetadata;
