using Microsoft.AspNetCore.Http.HttpResults;

namespace MissileTracker.Web.Weapons;

public static class WeaponsApi
{
    public static RouteGroupBuilder MapWeapons(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/weapons").WithTags("Weapons");
        group.MapGet("/", ListWeapons)
            .WithName(nameof(ListWeapons))
            .WithSummary("List missile types")
            .WithDescription("The missile-type reference table; each code is a valid value of the strikes' `type` filter.");
        return group;
    }

    public static async Task<Ok<IReadOnlyList<WeaponDto>>> ListWeapons(WeaponList weaponList, CancellationToken ct) =>
        TypedResults.Ok(await weaponList.AllAsync(ct));
}
