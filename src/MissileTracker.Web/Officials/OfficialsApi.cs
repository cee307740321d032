using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Api;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Officials;

/// <summary>The officials resource: list and read (public); editors and reviewers create and update.</summary>
public static class OfficialsApi
{
    /// <summary>The services this resource's endpoints and pages share.</summary>
    public static IServiceCollection AddOfficials(this IServiceCollection services) =>
        services.AddScoped<OfficialQueries>().AddScoped<OfficialEditor>();

    public static void MapOfficials(this RouteGroupBuilder api)
    {
        var officials = api.MapPublicReads().MapGroup("/officials").WithTags("Officials");
        officials.MapGet("/", ListOfficials)
            .WithName(nameof(ListOfficials))
            .WithSummary("List officials")
            .WithDescription("Everyone whose statements are recorded, by name, with how many statements each has.");
        officials.MapGet("/{id:int}", GetOfficial)
            .WithName(nameof(GetOfficial))
            .WithSummary("Get one official and everything they said")
            .WithDescription("The official and all their recorded statements, newest first, each with its figures, strikes and reports.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var editors = api.MapWrites(Roles.CanEdit).MapGroup("/officials").WithTags("Officials");
        editors.MapPost("/", CreateOfficial)
            .WithName(nameof(CreateOfficial))
            .WithSummary("Create an official")
            .WithDescription("Adds a person whose statements are recorded. Check `GET /api/v1/officials` first: names are not unique, so duplicates are possible.")
;
        editors.MapPut("/{id:int}", UpdateOfficial)
            .WithName(nameof(UpdateOfficial))
            .WithSummary("Update an official")
            .WithDescription("Replaces the official's fields; send the `version` you read (409 if someone saved in between).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    public static async Task<Ok<PagedResponse<OfficialSummary>>> ListOfficials(
        [AsParameters] PagingParameters paging, OfficialQueries officials, HttpRequest request, CancellationToken ct) =>
        TypedResults.Ok(PagedResponse.From(await officials.ListAsync(paging.PageRequest, ct), request));

    /// <param name="id">The official's id.</param>
    /// <param name="officials">Official queries.</param>
    /// <param name="ct">Request cancellation.</param>
    public static async Task<Results<Ok<OfficialDetail>, ProblemHttpResult>> GetOfficial(int id, OfficialQueries officials, CancellationToken ct) =>
        await officials.GetAsync(id, ct) is { } official ? TypedResults.Ok(official) : ApiProblems.NotFound("Official", id);

    public static async Task<Results<Created<OfficialDetail>, ValidationProblem, ProblemHttpResult>> CreateOfficial(
        [FromBody] OfficialInput input, OfficialEditor editor, OfficialQueries officials, ClaimsPrincipal user, CancellationToken ct) =>
        await EditResponses.Created(
            await editor.CreateAsync(input, EditingUser.From(user, input.Reason), ct),
            official => $"{TrackerApi.Prefix}/officials/{official.Id}",
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
