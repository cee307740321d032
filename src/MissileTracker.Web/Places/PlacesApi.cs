using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Api;
using MissileTracker.Web.Geography;

namespace MissileTracker.Web.Places;

/// <summary>The places resource: the gazetteer type-ahead (public; staff also see places editors added and not yet published).</summary>
public static class PlacesApi
{
    /// <summary>The services this resource's endpoints, the editor forms, the import and the map share.</summary>
    public static IServiceCollection AddPlaces(this IServiceCollection services) =>
        services
            .AddSingleton(_ => Gazetteer.Shipped)
            .AddSingleton(sp => OblastCentres.FromWebRoot(sp.GetRequiredService<IWebHostEnvironment>()))
            .AddScoped<PlaceLookup>()
            .AddScoped<PlaceStore>()
            .AddScoped<PlaceEditor>()
            .AddScoped<RaionList>();

    public static void MapPlaces(this RouteGroupBuilder api)
    {
        var group = api.MapPublicReads().MapGroup("/places").WithTags("Places");
        group.MapGet("/", SearchPlaces)
            .WithName(nameof(SearchPlaces))
            .WithSummary("Find places by name (type-ahead)")
            .WithDescription("Places of Ukraine whose name, in any spelling (English, Ukrainian, alternates such as Kharkov or Kiev), starts with `q`: "
                + "the shipped GeoNames gazetteer (CC BY 4.0) and the places editors added. Exact names come first, then larger places. "
                + "A name several places share returns every one with its oblast and district: choose by those, never by the first.");
    }

    public static async Task<Ok<IReadOnlyList<PlaceCandidate>>> SearchPlaces(
        [AsParameters] PlaceSearchParameters parameters, PlaceLookup places, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok(await places.SearchAsync(parameters.Query, parameters.Oblasts, user.IsStaff(), parameters.MaxCandidates, ct));
}
