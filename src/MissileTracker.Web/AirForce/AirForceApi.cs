using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Api;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Http;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.AirForce;

/// <summary>
/// The Air Force daily reports: the rows as imported (public), their CSV and the monthly timeline; staff import the
/// dataset's file and decide candidate links to strikes.
/// </summary>
public static class AirForceApi
{
    /// <summary>The services this resource's endpoints and pages share.</summary>
    public static IServiceCollection AddAirForce(this IServiceCollection services) =>
        services.AddScoped<AirForceQueries>().AddScoped<AirForceImporter>().AddScoped<AirForceCandidates>().AddScoped<AirForceLinkEditor>();

    public static void MapAirForce(this RouteGroupBuilder api)
    {
        var reads = api.MapPublicReads().MapGroup("/airforce").WithTags("Air Force");
        reads.MapGet("/reports", ListAirForceReports)
            .WithName(nameof(ListAirForceReports))
            .WithSummary("List Air Force report rows")
            .WithDescription("One row per post and weapon label, as the Air Force's daily reports give them: launch counts for a window across the "
                + "whole country, not impacts. Newest window first. Rows the dataset no longer holds are left out unless `includeVanished=true`.");
        reads.MapGet("/reports.csv", ExportAirForceReportsCsv)
            .WithName(nameof(ExportAirForceReportsCsv))
            .WithSummary("Export Air Force report rows as CSV")
            .WithDescription("The rows the list's filters match, all of them, as CSV (UTF-8, RFC 4180, header row).");
        reads.MapGet("/monthly", GetAirForceMonthly)
            .WithName(nameof(GetAirForceMonthly))
            .WithSummary("Air Force launches per month beside the tracker's strikes")
            .WithDescription("Launches under labels naming a North Korean type (`confirmedLaunched`) and under ambiguous labels such as "
                + "\"Iskander-M/KN-23\" (`possibleLaunched`) are separate series and must not be added up; `strikes` counts the tracker's published strikes.");

        var writes = api.MapWrites(Roles.CanEdit).MapGroup("/airforce").WithTags("Air Force");
        writes.MapPost("/import", ImportAirForceReports)
            .WithName(nameof(ImportAirForceReports))
            .WithSummary("Import the Air Force dataset's CSV (all or nothing)")
            .WithDescription("multipart/form-data with `file` (the dataset's CSV as published), optional `datasetVersion`, `dryRun` and `allWeapons`. "
                + "Only rows whose label can mean a North Korean missile are taken unless `allWeapons=true`. Changed rows are updated in place, rows "
                + "the file no longer holds are flagged as vanished, never deleted. Every unreadable cell is reported as `rows[N].column`.")
            .Accepts<AirForceUpload>("multipart/form-data")
            .WithRequestSizeLimit(RequestSizeLimit.ImportMaxBytes(((IEndpointRouteBuilder)api).ServiceProvider.GetRequiredService<IConfiguration>()), RequestSizeLimit.ImportSetting)
            // A bearer token, never a cookie, authorizes this endpoint, so a cross-site form cannot reach it: no antiforgery token needed.
            .DisableAntiforgery();
        writes.MapGet("/candidates", ListAirForceCandidates)
            .WithName(nameof(ListAirForceCandidates))
            .WithSummary("List candidate links between strikes and Air Force rows (staff)")
            .WithDescription("The pairs the cross-reference proposes, best first, at most " + AirForceCandidates.MaxListed + ": the strike's date inside the row's window, "
                + "compatible weapon sets and the strike's oblast among the targets (or target \"Ukraine\"), with the score and the reason for each point "
                + "(docs/methodology.md). Drafts are included, since editors link before publishing; undecided pairs only unless `includeDecided=true`. "
                + "Decide one with `POST /api/v1/airforce/links`.");
        writes.MapPost("/links", DecideAirForceLink)
            .WithName(nameof(DecideAirForceLink))
            .WithSummary("Confirm or reject a candidate link between a strike and an Air Force row")
            .WithDescription("A confirmed link shows the row on the strike (`airForceReports`); the decision is recorded in the strike's change log.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static async Task<Ok<PagedResponse<AirForceRowDto>>> ListAirForceReports(
        [AsParameters] AirForceReportParameters filters, [AsParameters] PagingParameters paging, AirForceQueries queries, HttpRequest request, CancellationToken ct) =>
        TypedResults.Ok(PagedResponse.From(await queries.ListAsync(filters.Filter, paging.PageRequest, ct), request));

    public static async Task<CsvResult> ExportAirForceReportsCsv(
        [AsParameters] AirForceReportParameters filters, [AsParameters] StrikeCsvParameters csv, AirForceQueries queries, CancellationToken ct) =>
        await queries.CsvAsync(filters.Filter, csv.EscapesFormulas, ct);

    public static async Task<Ok<IReadOnlyList<AirForceMonth>>> GetAirForceMonthly(AirForceQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.MonthlyAsync(ct));

    /// <param name="file">The dataset's CSV, as published.</param>
    /// <param name="datasetVersion">The dataset's version (a release tag or download date), recorded with the import.</param>
    /// <param name="dryRun">Check and count only; write nothing.</param>
    /// <param name="allWeapons">Take every row, not only labels that can mean a North Korean missile.</param>
    /// <param name="importer">The importer.</param>
    /// <param name="user">The signed-in editor.</param>
    /// <param name="ct">Request cancellation.</param>
    public static async Task<Results<Ok<AirForceImportResult>, ValidationProblem, ProblemHttpResult>> ImportAirForceReports(
        IFormFile? file, [FromForm] string? datasetVersion, [FromForm] bool? dryRun, [FromForm] bool? allWeapons,
        AirForceImporter importer, ClaimsPrincipal user, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["Attach the dataset's CSV as the form field 'file'."] },
                title: "Invalid input", detail: "Check these fields: file.");
        }

        await using var stream = file.OpenReadStream();
        return await EditResponses.Ok(
            await importer.ImportAsync(stream, file.FileName, datasetVersion, dryRun ?? false, allWeapons ?? false, EditingUser.From(user, "Air Force import"), ct),
            Task.FromResult);
    }

    public static async Task<Ok<IReadOnlyList<AirForceCandidate>>> ListAirForceCandidates(
        [AsParameters] AirForceCandidateParameters filters, AirForceCandidates candidates, CancellationToken ct) =>
        TypedResults.Ok(await candidates.ListAsync(filters.StrikeId, undecidedOnly: !filters.Decided, ct));

    /// <param name="input">The strike, the row and the decision.</param>
    /// <param name="editor">Link decisions.</param>
    /// <param name="user">The signed-in editor.</param>
    /// <param name="services">For validation.</param>
    /// <param name="ct">Request cancellation.</param>
    public static async Task<Results<Ok<AirForceLinkDto>, ValidationProblem, ProblemHttpResult>> DecideAirForceLink(
        [FromBody] AirForceLinkInput input, AirForceLinkEditor editor, ClaimsPrincipal user, IServiceProvider services, CancellationToken ct)
    {
        var errors = InputValidation.Validate(input, services);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Invalid input", detail: "Check these fields: " + string.Join(", ", errors.Keys) + ".");
        }

        return await EditResponses.Ok(
            await editor.DecideAsync(input.StrikeId, input.RowId, input.Decision!.Value, EditingUser.From(user, input.Reason), ct),
            link => Task.FromResult(AirForceLinkDto.From(link)));
    }
}

/// <summary>The import form (documentation of the multipart body).</summary>
/// <param name="File">The dataset's CSV, as published.</param>
/// <param name="DatasetVersion">The dataset's version, recorded with the import.</param>
/// <param name="DryRun">Check and count only.</param>
/// <param name="AllWeapons">Take every row, not only labels that can mean a North Korean missile.</param>
public sealed record AirForceUpload(IFormFile File, string? DatasetVersion, bool? DryRun, bool? AllWeapons);

/// <summary>An editor's decision on a candidate link.</summary>
public sealed class AirForceLinkInput
{
    /// <summary>The strike's id.</summary>
    [Range(1, int.MaxValue)]
    public int StrikeId { get; set; }

    /// <summary>The Air Force row's id.</summary>
    [Range(1, int.MaxValue)]
    public int RowId { get; set; }

    /// <summary>Confirmed or Rejected.</summary>
    [Required]
    public AirForceLinkDecision? Decision { get; set; }

    /// <summary>Why, for the change log.</summary>
    [StringLength(500)]
    public string? Reason { get; set; }
}

/// <summary>A stored decision.</summary>
/// <param name="StrikeId">The strike.</param>
/// <param name="RowId">The Air Force row.</param>
/// <param name="Decision">Confirmed or Rejected.</param>
/// <param name="Score">The candidate's score when decided (0 when it no longer was one).</param>
/// <param name="DecidedBy">Who decided.</param>
/// <param name="DecidedAt">When (UTC).</param>
public sealed record AirForceLinkDto(int StrikeId, int RowId, AirForceLinkDecision Decision, int Score, string DecidedBy, DateTime DecidedAt)
{
    public static AirForceLinkDto From(AirForceLink l) => new(l.StrikeId, l.RowId, l.Decision, l.Score, l.DecidedBy, l.DecidedAt);
}
