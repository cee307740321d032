using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Api;
using MissileTracker.Web.Editing;

namespace MissileTracker.Web.Officials;

/// <summary>Official writes, for editors and reviewers.</summary>
public static class OfficialWritesApi
{
    public static RouteGroupBuilder MapOfficialWrites(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/officials").WithTags("Officials").RequireApiToken(Roles.CanEdit);
        group.MapPost("/", CreateOfficial)
            .WithName(nameof(CreateOfficial))
            .WithSummary("Create an official")
            .WithDescription("Adds a person whose statements are recorded. Check `GET /api/v1/officials` first: names are not unique, so duplicates are possible.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPut("/{id:int}", UpdateOfficial)
            .WithName(nameof(UpdateOfficial))
            .WithSummary("Update an official")
            .WithDescription("Replaces the official's fields; send the `version` you read (409 if someone saved in between).")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    public static async Task<Results<Created<OfficialDetail>, ValidationProblem, ProblemHttpResult>> CreateOfficial(
        [FromBody] OfficialInput input, OfficialEditor editor, OfficialQueries officials, ClaimsPrincipal user, CancellationToken ct) =>
        await EditResponses.Created(
            await editor.CreateAsync(input, EditingUser.From(user, input.Reason), ct),
            official => $"/api/v1/officials/{official.Id}",
            async official => (await officials.GetAsync(official.Id, ct))!);

    /// <param name="id">The official's id.</param>
    /// <param name="input">The official's new fields and the version they are based on.</param>
    /// <param name="editor">Official editing.</param>
    /// <param name="officials">Official queries.</param>
    /// <param name="user">The signed-in editor.</param>
    /// <param name="ct">Request cancellation.</param>
    public static async Task<Results<Ok<OfficialDetail>, ValidationProblem, ProblemHttpResult>> UpdateOfficial(
        int id, [FromBody] OfficialInput input, OfficialEditor editor, OfficialQueries officials, ClaimsPrincipal user, CancellationToken ct) =>
        await EditResponses.Ok(
            await editor.UpdateAsync(id, input, EditingUser.From(user, input.Reason), ct),
            async official => (await officials.GetAsync(official.Id, ct))!);
}
