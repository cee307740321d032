using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Api;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Publishing;

namespace MissileTracker.Web.Strikes;

/// <summary>Strike writes: editors create and edit drafts; reviewers publish, unpublish, delete and restore.</summary>
public static class StrikeWritesApi
{
    public static RouteGroupBuilder MapStrikeWrites(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/strikes").WithTags("Strikes");
        var editors = group.MapGroup("/").RequireApiToken(Roles.CanEdit);
        editors.MapPost("/", CreateStrike)
            .WithName(nameof(CreateStrike))
            .WithSummary("Create a strike (draft)")
            .WithDescription("Records a new strike as a draft, optionally linked to reports. Requires an editor's or reviewer's API token.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        editors.MapPut("/{id:int}", UpdateStrike)
            .WithName(nameof(UpdateStrike))
            .WithSummary("Update a strike")
            .WithDescription("Replaces the strike's fields. Send the `version` you read: if someone saved in between, the answer is 409 with the current version. "
                + "Editors may change drafts; published strikes need a reviewer.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPublicationActions<Strike>("Strike", (publishing, id, action, reviewer, ct) => publishing.ApplyToStrikeAsync(id, action, reviewer, ct));
        return group;
    }

    public static async Task<Results<Created<StrikeDetail>, ValidationProblem, ProblemHttpResult>> CreateStrike(
        [FromBody] StrikeInput input, StrikeEditor editor, StrikeQueries strikes, ClaimsPrincipal user, CancellationToken ct) =>
        await EditResponses.Created(
            await editor.CreateAsync(input, EditingUser.From(user, input.Reason), ct),
            strike => $"/api/v1/strikes/{strike.Id}",
            async strike => (await strikes.GetAsync(strike.Id, staff: true, ct))!);

    /// <param name="id">The strike's id.</param>
    /// <param name="input">The strike's new fields and the version they are based on.</param>
    /// <param name="editor">Strike editing.</param>
    /// <param name="strikes">Strike queries.</param>
    /// <param name="user">The signed-in editor.</param>
    /// <param name="ct">Request cancellation.</param>
    public static async Task<Results<Ok<StrikeDetail>, ValidationProblem, ProblemHttpResult>> UpdateStrike(
        int id, [FromBody] StrikeInput input, StrikeEditor editor, StrikeQueries strikes, ClaimsPrincipal user, CancellationToken ct) =>
        await EditResponses.Ok(
            await editor.UpdateAsync(id, input, EditingUser.From(user, input.Reason), ct),
            async strike => (await strikes.GetAsync(strike.Id, staff: true, ct))!);
}
