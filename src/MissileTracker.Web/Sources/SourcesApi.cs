using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Api;
using MissileTracker.Web.Data;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Http;
using MissileTracker.Web.Publishing;

namespace MissileTracker.Web.Sources;

/// <summary>
/// Snapshots of reports: download by SHA-256 (public for published reports), upload and capture (editors). The fetcher,
/// the store and the link checker are registered here too, for the pages and the commands.
/// </summary>
public static class SourcesApi
{
    /// <summary>What a snapshot download answers with, whatever its type: nothing runs, nothing loads, nothing frames it.</summary>
    public const string DownloadContentSecurityPolicy = "default-src 'none'; sandbox; frame-ancestors 'none'";

    /// <summary>Room for the multipart envelope around a file of the largest accepted size.</summary>
    public const long MultipartOverheadBytes = 64 * 1024;

    public const string UploadLimitSetting = "`Snapshots:MaxBytes` (20 MiB by default) plus 64 KiB";

    public static IServiceCollection AddSources(this IServiceCollection services)
    {
        services.AddOptions<SnapshotSettings>().BindConfiguration(SnapshotSettings.Section);
        services.AddOptions<FetchSettings>().BindConfiguration(FetchSettings.Section);
        services.AddSingleton<IHostResolver, DnsHostResolver>();
        services.AddSingleton<SourceFetcher>();
        services.AddSingleton<SnapshotStore>();
        return services.AddScoped<SnapshotEditor>().AddScoped<SnapshotQueries>().AddScoped<LinkChecker>();
    }

    /// <summary>The upload's body limit: the largest file plus the multipart envelope.</summary>
    public static long UploadBodyLimit(IConfiguration configuration) =>
        (configuration.GetSection(SnapshotSettings.Section).Get<SnapshotSettings>() ?? new SnapshotSettings()).MaxBytes + MultipartOverheadBytes;

    public static void MapSources(this RouteGroupBuilder api)
    {
        var reads = api.MapPublicReads().MapGroup("/snapshots").WithTags("Snapshots");
        reads.MapGet("/{sha256}", DownloadSnapshot)
            .WithName(nameof(DownloadSnapshot))
            .WithSummary("Download a report snapshot")
            .WithDescription("The file stored under this SHA-256 (64 lower-case hex digits), as a download (`Content-Disposition: attachment`) with a "
                + "sandboxing Content-Security-Policy: captured HTML is never shown on the tracker's origin. Public when a published report cites it or it is a photo of a published evidence record; "
                + "staff API tokens also reach drafts'. Check it with `sha256sum`: the output must equal the address.")
            .Produces<string>(StatusCodes.Status200OK, SnapshotMediaTypes.Html, SnapshotMediaTypes.Pdf, SnapshotMediaTypes.Png, SnapshotMediaTypes.Jpeg, SnapshotMediaTypes.Text)
            .ProducesProblem(StatusCodes.Status404NotFound);

        var writes = api.MapWrites(Roles.CanEdit).MapGroup("/reports").WithTags("Snapshots");
        writes.MapPost("/{id:int}/snapshots", UploadSnapshot)
            .WithName(nameof(UploadSnapshot))
            .WithSummary("Attach an uploaded snapshot to a report")
            .WithDescription("A `multipart/form-data` body with the file in the part `file`: HTML, PDF, PNG, JPEG or UTF-8 plain text, recognised by its content "
                + "(a part whose declared type disagrees with its content is refused with 400 naming `file`), at most `Snapshots:MaxBytes` (20 MiB by default). "
                + "The same file twice on one report is 409 with `existingId`. Requires an editor's API token.")
            .WithRequestSizeLimit(UploadBodyLimit(((IEndpointRouteBuilder)api).ServiceProvider.GetRequiredService<IConfiguration>()), UploadLimitSetting)
            // A bearer token authenticates writes, never a cookie (UseApiTokenFirstOnWrites), so there is no cross-site form to guard against.
            .DisableAntiforgery()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        writes.MapPost("/{id:int}/snapshots/capture", CaptureSnapshot)
            .WithName(nameof(CaptureSnapshot))
            .WithSummary("Capture the report's page as a snapshot")
            .WithDescription("The tracker fetches the report's URL itself (http/https only, public addresses only, redirects checked hop by hop, a timeout and "
                + "a size cap) and stores the answer. A failed fetch is 400 naming `url` with the reason. Requires an editor's API token.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    /// <param name="sha256">The file's SHA-256, 64 lower-case hex digits.</param>
    /// <param name="db">The database.</param>
    /// <param name="store">The snapshot files.</param>
    /// <param name="user">The caller; staff (by API token) also reach drafts' snapshots.</param>
    /// <param name="http">The response, for its headers.</param>
    /// <param name="ct">Request cancellation.</param>
    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> DownloadSnapshot(
        string sha256, TrackerDbContext db, SnapshotStore store, ClaimsPrincipal user, HttpContext http, CancellationToken ct)
    {
        // A report's snapshot or an evidence record's photo: the store is one, the visibility rule each row's own.
        var mediaType = !SnapshotStore.IsHash(sha256) ? null
            : await db.ReportSnapshots.VisibleTo(user.IsStaff()).AsNoTracking().Where(s => s.Sha256 == sha256).Select(s => s.MediaType).FirstOrDefaultAsync(ct)
              ?? await db.EvidencePhotos.VisibleTo(user.IsStaff()).AsNoTracking().Where(p => p.Sha256 == sha256).Select(p => p.MediaType).FirstOrDefaultAsync(ct);
        if (mediaType is null || store.OpenRead(sha256) is not { } file)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Snapshot not found",
                detail: "No published report or evidence record has a file with this SHA-256.", type: ProblemTypes.NotFound);
        }

        return File(http, file, sha256, mediaType);
    }

    /// <summary>A stored file as a download that the browser never renders on this origin.</summary>
    public static FileStreamHttpResult File(HttpContext http, Stream file, string sha256, string mediaType)
    {
        http.Response.Headers.ContentSecurityPolicy = DownloadContentSecurityPolicy;
        return TypedResults.File(file, mediaType, sha256 + SnapshotMediaTypes.Extension(mediaType),
            entityTag: new EntityTagHeaderValue($"\"{sha256}\""));
    }

    /// <param name="id">The report's id.</param>
    /// <param name="file">The file (the form part <c>file</c>).</param>
    /// <param name="editor">Snapshot editing.</param>
    /// <param name="user">The signed-in editor.</param>
    /// <param name="ct">Request cancellation.</param>
    public static async Task<Results<Created<SnapshotDto>, ValidationProblem, ProblemHttpResult>> UploadSnapshot(
        int id, IFormFile? file, SnapshotEditor editor, ClaimsPrincipal user, CancellationToken ct)
    {
        if (file is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [SnapshotEditor.FileField] = ["Send the file in the form part 'file'."] },
                title: "Invalid input", detail: $"Check these fields: {SnapshotEditor.FileField}.");
        }

        await using var content = file.OpenReadStream();
        return await Created(await editor.UploadAsync(id, content, file.ContentType, EditingUser.From(user), ct));
    }

    /// <param name="id">The report's id.</param>
    /// <param name="editor">Snapshot editing.</param>
    /// <param name="user">The signed-in editor.</param>
    /// <param name="ct">Request cancellation.</param>
    public static async Task<Results<Created<SnapshotDto>, ValidationProblem, ProblemHttpResult>> CaptureSnapshot(
        int id, SnapshotEditor editor, ClaimsPrincipal user, CancellationToken ct) =>
        await Created(await editor.CaptureAsync(id, EditingUser.From(user), ct));

    private static Task<Results<Created<SnapshotDto>, ValidationProblem, ProblemHttpResult>> Created(EditResult<ReportSnapshot> result) =>
        EditResponses.Created(result, s => $"{TrackerApi.Prefix}/snapshots/{s.Sha256}", s => Task.FromResult(SnapshotDto.From(s)));
}
