using Microsoft.AspNetCore.Http.HttpResults;
using MissileTracker.Web.Api;

namespace MissileTracker.Web.Weapons;

public static class WeaponsApi
{
    /// <summary>The services this resource's endpoints and pages share.</summary>
    public static IServiceCollection AddWeapons(this IServiceCollection services) =>
        services.AddScoped<WeaponList>();

    public static void MapWeapons(this RouteGroupBuilder api)
    {
        var group = api.MapPublicReads().MapGroup("/weapons").WithTags("Weapons");
        group.MapGet("/", ListWeapons)
            .WithName(nameof(ListWeapons))
            .WithSummary("List missile types")
            .WithDescription("The missile-type reference table; each code is a valid value of the strikes' `type` filter.");
    }

    public static async Task<Ok<IReadOnlyList<WeaponDto>>> ListWeapons(WeaponList weaponList, CancellationToken ct) =>
        TypedResults.Ok(await weaponList.AllAsync(ct));
}
