using MissileTracker.Web.Accounts;
using MissileTracker.Web.AirForce;
using MissileTracker.Web.Claims;
using MissileTracker.Web.Evidence;
using MissileTracker.Web.Http;
using MissileTracker.Web.Import;
using MissileTracker.Web.Officials;
using MissileTracker.Web.Places;
using MissileTracker.Web.Releases;
using MissileTracker.Web.Reports;
using MissileTracker.Web.Sources;
using MissileTracker.Web.Statements;
using MissileTracker.Web.Stats;
using MissileTracker.Web.Strikes;
using MissileTracker.Web.Weapons;

namespace MissileTracker.Web.Api;

/// <summary>
/// The JSON API under <c>/api/v1</c>: one <c>Add…</c> and one <c>Map…</c> per resource, each in its feature folder's
/// <c>*Api.cs</c>; a resource puts its reads in <see cref="MapPublicReads"/> and its writes in <see cref="MapWrites"/>
/// with the authorization each endpoint needs. Adding a resource means adding its two calls here.
/// </summary>
public static class TrackerApi
{
    public const string Prefix = "/api/v1";

    /// <summary>
    /// Each resource's services (its query and editing classes, which its endpoints and its pages share), the API's
    /// CORS and rate-limit policies, and each endpoint's declared query parameters.
    /// </summary>
    public static IServiceCollection AddTrackerApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddStrikes(configuration).AddStats().AddOfficials().AddStatements().AddReports().AddClaims().AddWeapons().AddPlaces().AddImport().AddReleases().AddSources().AddEvidence().AddAirForce();
        services.AddTrackerCors();
        services.AddTrackerRateLimiting();
        services.AddSingleton<DeclaredQueryParameters>();
        return services;
    }

    /// <summary>
    /// Maps every resource in one group that carries what the whole API shares: the rate limit, 406 for an Accept it
    /// cannot serve, 400 for an unknown or invalid query parameter, and the documented 406 and 429 responses.
    /// </summary>
    public static WebApplication MapTrackerApi(this WebApplication app)
    {
        var api = app.MapGroup(Prefix)
            .RequireRateLimiting(RateLimiting.ApiPolicy)
            .AddEndpointFilter<NotAcceptableFilter>()
            .AddEndpointFilter<UnknownQueryParameterFilter>()
            .ParseQueryParameters()
            .ProducesProblem(StatusCodes.Status406NotAcceptable)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapStrikes();
        api.MapStats();
        api.MapOfficials();
        api.MapStatements();
        api.MapReports();
        api.MapClaims();
        api.MapWeapons();
        api.MapPlaces();
        api.MapImport();
        api.MapReleases();
        api.MapSources();
        api.MapEvidence();
        api.MapAirForce();
        return app;
    }

    /// <summary>
    /// A sub-group for public reads: CORS for any origin, HEAD beside every GET, one database connection for the whole
    /// read (<see cref="OneConnectionFilter"/>), ETag/304 and caching, the data version
    /// headers (<see cref="DataVersionHeaders"/>), and the
    /// documented conditional-GET headers (<see cref="PublicReadApiMetadata"/>).
    /// </summary>
    public static RouteGroupBuilder MapPublicReads(this RouteGroupBuilder api) =>
        api.MapGroup("")
            .RequireCors(ApiCors.PublicReadPolicy)
            .AllowHead()
            .AddEndpointFilter<OneConnectionFilter>()
            .AddEndpointFilter<ConditionalGetFilter>()
            .AddEndpointFilter<DataVersionHeaders>()
            .WithMetadata(new PublicReadApiMetadata());

    /// <summary>
    /// A sub-group for writes, open to API tokens whose owner satisfies <paramref name="policy"/> (a sub-group or
    /// endpoint may require more, as the reviewers' publication actions do): 401 and 403 documented, no CORS policy
    /// (browsers refuse cross-origin writes), and 503 with Retry-After when the database cannot store anything.
    /// </summary>
    public static RouteGroupBuilder MapWrites(this RouteGroupBuilder api, string policy) =>
        api.MapGroup("")
            .RequireApiToken(policy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}

/// <summary>Marks an endpoint as part of the public read API (for the OpenAPI document's headers and 304).</summary>
public sealed class PublicReadApiMetadata;
