using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Api;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Http;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.Releases;

/// <summary>
/// Citable releases: the list, each release's manifest, its files (immutable, with ETag and byte ranges) and the diff
/// between two releases (public reads); creating and withdrawing a release (reviewers).
/// </summary>
public static class ReleasesApi
{
    /// <summary>A release's files never change: caches may keep them for a year without asking again.</summary>
    private static readonly CacheControlHeaderValue Immutable = new() { Public = true, MaxAge = TimeSpan.FromDays(365), Extensions = { new NameValueHeaderValue("immutable") } };

    /// <summary>The services this resource's endpoints, pages and command share.</summary>
    public static IServiceCollection AddReleases(this IServiceCollection services)
    {
        services.AddOptions<ReleaseOptions>().BindConfiguration(ReleaseOptions.Section);
        return services.AddSingleton<ReleaseStore>().AddSingleton<ReleaseCitation>().AddScoped<ReleaseWriter>();
    }

    public static void MapReleases(this RouteGroupBuilder api)
    {
        var reads = api.MapPublicReads().MapGroup("/releases").WithTags("Releases");
        reads.MapGet("/", ListReleases)
            .WithName(nameof(ListReleases))
            .WithSummary("List releases")
            .WithDescription("Every release, newest first, with its manifest (counts, files with SHA-256), whether it was withdrawn and why, and a suggested citation.");
        reads.MapGet("/{version}", GetRelease)
            .WithName(nameof(GetRelease))
            .WithSummary("Get one release's manifest")
            .WithDescription("The manifest of release `version` (`latest`: the newest release not withdrawn), its withdrawal if any, and the citation.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        reads.MapGet("/{version}/{file}", DownloadReleaseFile)
            .WithName(nameof(DownloadReleaseFile))
            .WithSummary("Download a file of a release")
            .WithDescription("The file as stored when the release was created, byte for byte: its SHA-256 is in the manifest. Served with a strong ETag (the hash), "
                + "`Range` requests, compression, and `Cache-Control: immutable`. Under `latest` the answer is a 302 to the file of the newest release not withdrawn.")
            .Produces<Stream>(StatusCodes.Status200OK, ReleaseFiles.MediaTypes[0], [.. ReleaseFiles.MediaTypes.Skip(1)])
            .Produces<Stream>(StatusCodes.Status206PartialContent, ReleaseFiles.MediaTypes[0], [.. ReleaseFiles.MediaTypes.Skip(1)])
            .Produces(StatusCodes.Status302Found)
            .ProducesProblem(StatusCodes.Status404NotFound);
        reads.MapGet("/{from}/diff/{to}", DiffReleases)
            .WithName(nameof(DiffReleases))
            .WithSummary("What changed between two releases")
            .WithDescription("Strikes added, removed and changed (each changed field before and after) from release `from` to release `to`, "
                + "read from the two releases' stored files.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var writes = api.MapWrites(Roles.CanReview).MapGroup("/releases").WithTags("Releases");
        writes.MapPost("/", CreateRelease)
            .WithName(nameof(CreateRelease))
            .WithSummary("Create a release (reviewer)")
            .WithDescription("Freezes the published data into an immutable release named `version`. A version is never reused: 409 when it exists. Requires a reviewer's API token.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        writes.MapPost("/{version}/withdraw", WithdrawRelease)
            .WithName(nameof(WithdrawRelease))
            .WithSummary("Withdraw a release (reviewer)")
            .WithDescription("Marks a release withdrawn with a reason shown beside it from then on. Its files stay downloadable so citations still resolve; "
                + "`latest` skips it. 409 when it is withdrawn already. Requires a reviewer's API token.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    public static Ok<IReadOnlyList<ReleaseSummary>> ListReleases(ReleaseStore store, ReleaseCitation citation, HttpRequest request) =>
        TypedResults.Ok<IReadOnlyList<ReleaseSummary>>(store.List().Select(r => Summary(r, citation, request)).ToList());

    /// <param name="version">The release's version, or <c>latest</c>.</param>
    /// <param name="store">The releases.</param>
    /// <param name="citation">Citations.</param>
    /// <param name="request">The request (for the citation's address).</param>
    public static Results<Ok<ReleaseSummary>, ProblemHttpResult> GetRelease(string version, ReleaseStore store, ReleaseCitation citation, HttpRequest request) =>
        store.Find(version) is { } release ? TypedResults.Ok(Summary(release, citation, request)) : NotFound(version);

    /// <param name="version">The release's version, or <c>latest</c>.</param>
    /// <param name="file">The file's name as the manifest lists it, e.g. <c>strikes.csv</c>.</param>
    /// <param name="store">The releases.</param>
    /// <param name="http">The request and response.</param>
    public static IResult DownloadReleaseFile(string version, string file, ReleaseStore store, HttpContext http)
    {
        if (store.Find(version) is not { } release)
        {
            return NotFound(version);
        }

        if (release.Manifest.Files.FirstOrDefault(f => f.Name == file) is not { } entry)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "File not found",
                detail: $"Release '{release.Manifest.Version}' has no file '{file}'. Its files are listed in its manifest.", type: ProblemTypes.NotFound);
        }

        if (!string.Equals(version, release.Manifest.Version, StringComparison.Ordinal))
        {
            // "latest" moves; the versioned address it points to never does.
            return TypedResults.Redirect($"{TrackerApi.Prefix}/releases/{Uri.EscapeDataString(release.Manifest.Version)}/{Uri.EscapeDataString(entry.Name)}");
        }

        http.Response.GetTypedHeaders().CacheControl = Immutable;
        http.Response.Headers[DataVersionHeaders.VersionHeader] = release.Manifest.DataVersion.ToString(System.Globalization.CultureInfo.InvariantCulture);
        http.Response.Headers[DataVersionHeaders.ReleaseHeader] = release.Manifest.Version;
        return TypedResults.PhysicalFile(release.PathOf(entry.Name)!, entry.MediaType, fileDownloadName: entry.Name,
            lastModified: release.Manifest.CreatedAt, entityTag: new EntityTagHeaderValue($"\"{entry.Sha256}\""), enableRangeProcessing: true);
    }

    /// <param name="from">The older release's version.</param>
    /// <param name="to">The newer release's version.</param>
    /// <param name="store">The releases.</param>
    /// <param name="strikes">Strike queries (which removed strikes were merged, and into which).</param>
    /// <param name="ct">Request cancellation.</param>
    public static async Task<Results<Ok<ReleaseDiff>, ProblemHttpResult>> DiffReleases(string from, string to, ReleaseStore store, StrikeQueries strikes, CancellationToken ct)
    {
        if (store.Find(from) is not { } older)
        {
            return NotFound(from);
        }

        return store.Find(to) is { } newer ? TypedResults.Ok(await ReleaseDiffer.DiffAsync(older, newer, strikes.MergeTargetsAsync, ct)) : NotFound(to);
    }

    public static async Task<Results<Created<ReleaseSummary>, ValidationProblem, ProblemHttpResult>> CreateRelease(
        [FromBody] ReleaseInput input, ReleaseWriter writer, ReleaseCitation citation, HttpRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        if (Problems(input) is { Count: > 0 } problems)
        {
            return TypedResults.ValidationProblem(problems, title: "Invalid release");
        }

        if (await writer.CreateAsync(input.Version!, input.Notes, PublicBaseUrl.Of(request), user.Identity?.Name, ct) is not { } release)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Release exists",
                detail: $"Release '{input.Version}' exists already; a version is never reused.");
        }

        return TypedResults.Created($"{TrackerApi.Prefix}/releases/{Uri.EscapeDataString(release.Manifest.Version)}", Summary(release, citation, request));
    }

    /// <param name="version">The release's version.</param>
    /// <param name="input">Why it is withdrawn.</param>
    /// <param name="store">The releases.</param>
    /// <param name="citation">Citations.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="request">The request.</param>
    /// <param name="ct">Request cancellation.</param>
    public static async Task<Results<Ok<ReleaseSummary>, ValidationProblem, ProblemHttpResult>> WithdrawRelease(
        string version, [FromBody] ReleaseWithdrawalInput input, ReleaseStore store, ReleaseCitation citation, TimeProvider clock, HttpRequest request, CancellationToken ct)
    {
        if (TextCharacters.Problem(input.Reason, multiLine: true) is { } problem)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = [problem] }, title: "Invalid withdrawal");
        }

        if (!ReleaseVersion.IsValid(version) || store.Find(version) is not { } release)
        {
            return NotFound(version);
        }

        if (!await store.WithdrawAsync(release, input.Reason!.Trim(), clock.GetUtcNow().UtcDateTime, ct))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Already withdrawn", detail: $"Release '{version}' was withdrawn already.");
        }

        return TypedResults.Ok(Summary(store.Find(version)!, citation, request));
    }

    /// <summary>What is wrong with a release request beyond its annotations, keyed by field.</summary>
    public static Dictionary<string, string[]> Problems(ReleaseInput input)
    {
        var problems = new Dictionary<string, string[]>();
        if (!ReleaseVersion.IsValid(input.Version))
        {
            problems["version"] = [ReleaseVersion.Rule];
        }

        if (TextCharacters.Problem(input.Notes, multiLine: true) is { } notes)
        {
            problems["notes"] = [notes];
        }

        return problems;
    }

    private static ReleaseSummary Summary(StoredRelease release, ReleaseCitation citation, HttpRequest request) =>
        new(release.Manifest, release.Withdrawal, citation.Text(release.Manifest, PublicBaseUrl.Of(request)));

    private static ProblemHttpResult NotFound(string version) => ApiProblems.NotFound("Release", "version", version);
}
