using Microsoft.AspNetCore.Http.HttpResults;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Api;
using MissileTracker.Web.Editing;

namespace MissileTracker.Web.Publishing;

public static class PublicationEndpoints
{
    public delegate Task<EditResult<T>> Apply<T>(PublishingService publishing, int id, PublicationAction action, EditingUser reviewer, CancellationToken ct);

    /// <summary>
    /// Maps <c>POST {id}/publish|unpublish|restore</c> and <c>DELETE {id}</c> (soft) on a resource
    /// group, for reviewers with an API token (the writes group documents 401 and 403).
    /// </summary>
    public static void MapPublicationActions<T>(this RouteGroupBuilder group, string resource, Apply<T> apply)
        where T : IPublishable
    {
        var reviewers = group.MapGroup("/").RequireApiToken(Roles.CanReview);
        foreach (var (action, verb) in new[] { (PublicationAction.Publish, "publish"), (PublicationAction.Unpublish, "unpublish"), (PublicationAction.Restore, "restore") })
        {
            reviewers.MapPost($"/{{id:int}}/{verb}", (int id, PublishingService publishing, HttpContext http, CancellationToken ct) =>
                    Run(apply, publishing, id, action, http, ct))
                .WithName($"{verb[..1].ToUpperInvariant()}{verb[1..]}{resource}")
                .WithSummary($"{verb[..1].ToUpperInvariant()}{verb[1..]} a {resource.ToLowerInvariant()} (reviewer)")
                .WithDescription(action switch
                {
                    PublicationAction.Publish => $"Makes the {resource.ToLowerInvariant()} public. Requires a reviewer's API token.",
                    PublicationAction.Unpublish => $"Takes the {resource.ToLowerInvariant()} back to draft; it leaves public lists and appears in the deleted list. Requires a reviewer's API token.",
                    _ => $"Brings a deleted {resource.ToLowerInvariant()} back with its id and status. Requires a reviewer's API token.",
                })
                .ProducesProblem(StatusCodes.Status404NotFound);
        }

        reviewers.MapDelete("/{id:int}", async (int id, PublishingService publishing, HttpContext http, CancellationToken ct) =>
                EditResponses.NoContent(await apply(publishing, id, PublicationAction.Delete, EditingUser.From(http.User), ct)))
            .WithName($"Delete{resource}")
            .WithSummary($"Delete a {resource.ToLowerInvariant()} (reviewer; soft)")
            .WithDescription($"Leaves a tombstone: the id stays reserved and the {resource.ToLowerInvariant()} can be restored. Requires a reviewer's API token.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<PublicationState>, ValidationProblem, ProblemHttpResult>> Run<T>(
        Apply<T> apply, PublishingService publishing, int id, PublicationAction action, HttpContext http, CancellationToken ct)
        where T : IPublishable =>
        await EditResponses.Ok(await apply(publishing, id, action, EditingUser.From(http.User), ct), record => Task.FromResult(PublicationState.Of(record)));
}
