using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Api;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Http;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Sources;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.Evidence;

/// <summary>Physical evidence records: list and read (public, published only); editors record drafts and photos; reviewers publish.</summary>
public static class EvidenceApi
{
    public static IServiceCollection AddEvidence(this IServiceCollection services) =>
        services.AddScoped<EvidenceQueries>().AddScoped<EvidenceEditor>();

    public static void MapEvidence(this RouteGroupBuilder api)
    {
        var reads = api.MapPublicReads().MapGroup("/evidence").WithTags("Evidence");
        reads.MapGet("/", ListEvidence)
            .WithName(nameof(ListEvidence))
            .WithSummary("List physical evidence records")
            .WithDescription("Debris and other physical evidence, by strike then id; `strike=` narrows to one strike's. Each record carries its photos "
                + "(SHA-256 and download link) and chain of custody.");
        reads.MapGet("/{id:int}", GetEvidence)
            .WithName(nameof(GetEvidence))
            .WithSummary("Get one physical evidence record")
            .WithDescription("The record, its photos, custody and reports, and its history (the public sees changes to published content, by \"staff\").")
            .ProducesProblem(StatusCodes.Status404NotFound);

        // Beside the collection (/evidence.csv), as the other exports are: the file name says the format.
        api.MapPublicReads().WithTags("Evidence").MapGet("/evidence.csv", ExportEvidenceCsv)
            .WithName(nameof(ExportEvidenceCsv))
            .WithSummary("Export physical evidence records as CSV")
            .WithDescription("Every published evidence record (of one strike with `strike=`), by strike then id, one row each: what was found, "
                + "the examiner and the finding verbatim, the citing reports' URLs, each photo's SHA-256 (space-separated; download from "
                + "`/api/v1/snapshots/{sha256}` and check with `sha256sum`) and the chain of custody in order. Same CSV conventions as `strikes.csv`; "
                + "columns in docs/codebook.md.");

        var writes = api.MapWrites(Roles.CanEdit).MapGroup("/evidence").WithTags("Evidence");
        writes.MapPost("/", CreateEvidence)
            .WithName(nameof(CreateEvidence))
            .WithSummary("Create a physical evidence record (draft)")
            .WithDescription("Records evidence of a strike as a draft. 400 names each bad field (`strikeId`, `component`, `finding`, `examinedBy` when no examiner "
                + "is given at all, `custody[0].holder` …). Requires an editor's API token.");
        writes.MapPut("/{id:int}", UpdateEvidence)
            .WithName(nameof(UpdateEvidence))
            .WithSummary("Update a physical evidence record")
            .WithDescription("Replaces the record's fields, reports and custody; send the `version` you read (409 if someone saved in between). "
                + "Published records need a reviewer.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        writes.MapPost("/{id:int}/photos", UploadEvidencePhoto)
            .WithName(nameof(UploadEvidencePhoto))
            .WithSummary("Attach a photo to a physical evidence record")
            .WithDescription("A `multipart/form-data` body with the file in the part `file` (PNG, JPEG or PDF, recognised by its content; a declared type that "
                + "disagrees is refused with 400 naming `file`) and an optional `caption`. Stored in the snapshot store under its SHA-256 and downloaded from "
                + "`/api/v1/snapshots/{sha256}`. The same file twice on one record is 409. Requires an editor's API token.")
            .WithRequestSizeLimit(SourcesApi.UploadBodyLimit(((IEndpointRouteBuilder)api).ServiceProvider.GetRequiredService<IConfiguration>()), SourcesApi.UploadLimitSetting)
            // A bearer token authenticates writes, never a cookie (UseApiTokenFirstOnWrites), so there is no cross-site form to guard against.
            .DisableAntiforgery()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        writes.MapPublicationActions<EvidenceRecord>("Evidence", (publishing, id, action, reviewer, ct) => publishing.ApplyToEvidenceAsync(id, action, reviewer, ct));
    }

    public static async Task<CsvResult> ExportEvidenceCsv(
        [AsParameters] EvidenceFilterParameters filters, [AsParameters] StrikeCsvParameters csv, EvidenceQueries evidence, CancellationToken ct) =>
        await evidence.CsvAsync(filters.StrikeId, csv.EscapesFormulas, ct);

    public static async Task<Ok<PagedResponse<EvidenceDto>>> ListEvidence(
        [AsParameters] EvidenceFilterParameters filters, [AsParameters] PagingParameters paging, EvidenceQueries evidence, ClaimsPrincipal user,
        HttpRequest request, CancellationToken ct) =>
        TypedResults.Ok(PagedResponse.From(await evidence.ListAsync(filters.StrikeId, paging.PageRequest, user.IsStaff(), ct), request));

    /// <param name="id">The record's id.</param>
    /// <param name="evidence">Evidence queries.</param>
    /// <param name="user">The caller; staff (by API token) also get drafts.</param>
    /// <param name="ct">Request cancellation.</param>
    public static async Task<Results<Ok<EvidenceDto>, ProblemHttpResult>> GetEvidence(int id, EvidenceQueries evidence, ClaimsPrincipal user, CancellationToken ct) =>
        await evidence.GetAsync(id, user.IsStaff(), ct) is { } record ? TypedResults.Ok(record) : ApiProblems.NotFound("Evidence record", id);

    public static async Task<Results<Created<EvidenceDto>, ValidationProblem, ProblemHttpResult>> CreateEvidence(
        [FromBody] EvidenceInput input, EvidenceEditor editor, EvidenceQueries evidence, ClaimsPrincipal user, CancellationToken ct) =>
        await EditResponses.Created(
            await editor.CreateAsync(input, EditingUser.From(user, input.Reason), ct),
            record => $"{TrackerApi.Prefix}/evidence/{record.Id}",
            async record => (await evidence.GetAsync(record.Id, staff: true, ct))!);

    /// <param name="id">The record's id.</param>
    /// <param name="input">The record's new fields and the version they are based on.</param>
    /// <param name="editor">Evidence editing.</param>
    /// <param name="evidence">Evidence queries.</param>
    /// <param name="user">The signed-in editor.</param>
    /// <param name="ct">Request cancellation.</param>
    public static async Task<Results<Ok<EvidenceDto>, ValidationProblem, ProblemHttpResult>> UpdateEvidence(
        int id, [FromBody] EvidenceInput input, EvidenceEditor editor, EvidenceQueries evidence, ClaimsPrincipal user, CancellationToken ct) =>
        await EditResponses.Ok(
            await editor.UpdateAsync(id, input, EditingUser.From(user, input.Reason), ct),
            async record => (await evidence.GetAsync(record.Id, staff: true, ct))!);

    /// <param name="id">The record's id.</param>
    /// <param name="file">The photo (the form part <c>file</c>).</param>
    /// <param name="caption">What the photo shows (the form part <c>caption</c>).</param>
    /// <param name="editor">Evidence editing.</param>
    /// <param name="user">The signed-in editor.</param>
    /// <param name="ct">Request cancellation.</param>
    public static async Task<Results<Created<EvidencePhotoDto>, ValidationProblem, ProblemHttpResult>> UploadEvidencePhoto(
        int id, IFormFile? file, [FromForm] string? caption, EvidenceEditor editor, ClaimsPrincipal user, CancellationToken ct)
    {
        if (file is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [EvidenceEditor.FileField] = ["Send the file in the form part 'file'."] },
                title: "Invalid input", detail: $"Check these fields: {EvidenceEditor.FileField}.");
        }

        await using var content = file.OpenReadStream();
        return await EditResponses.Created(
            await editor.AddPhotoAsync(id, content, file.ContentType, caption, EditingUser.From(user), ct),
            p => $"{TrackerApi.Prefix}/snapshots/{p.Sha256}", p => Task.FromResult(EvidencePhotoDto.From(p)));
    }
}
