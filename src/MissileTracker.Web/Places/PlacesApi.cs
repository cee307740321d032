using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Http;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Places;

public static class PlacesApi
{
    public static RouteGroupBuilder MapPlaces(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/places").WithTags("Places");
        group.MapGet("/", SearchPlaces)
            .WithName(nameof(SearchPlaces))
            .WithSummary("Find places by name (type-ahead)")
            .WithDescription("Places of Ukraine whose name, in any spelling (English, Ukrainian, alternates such as Kharkov or Kiev), starts with `q`: "
                + "the shipped GeoNames gazetteer (CC BY 4.0) and the places editors added. Exact names come first, then larger places. "
                + "A name several places share returns every one with its oblast and district: choose by those, never by the first.");
        return group;
    }

    public static async Task<Results<Ok<IReadOnlyList<PlaceCandidate>>, ValidationProblem>> SearchPlaces(
        [AsParameters] PlaceSearchParameters parameters, PlaceLookup places, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = new QueryErrors();
        var (q, oblasts, limit) = parameters.Parse(errors);
        if (errors.Any)
        {
            return ApiProblems.BadQuery(errors);
        }

        return TypedResults.Ok(await places.SearchAsync(q, oblasts, user.IsStaff(), limit, ct));
    }
}
