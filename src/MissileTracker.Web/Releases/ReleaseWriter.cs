using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MissileTracker.Web.Api;
using MissileTracker.Web.Claims;
using MissileTracker.Web.Data;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Reports;
using MissileTracker.Web.Statements;
using MissileTracker.Web.Strikes;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace MissileTracker.Web.Releases;

/// <summary>
/// Freezes the published data into a new release: the same writers as the live exports, run inside
/// one read transaction so every file shows the same state of the data, then hashed into the manifest.
/// </summary>
public sealed partial class ReleaseWriter(
    TrackerDbContext db,
    StrikeQueries strikes,
    ClaimQueries claims,
    OblastCentres centres,
    ReleaseStore store,
    ReleaseCitation citation,
    FullExports fullExports,
    IOptions<JsonOptions> json,
    TimeProvider clock,
    ILogger<ReleaseWriter> log)
{
    /// <summary>Records read per round trip for the JSON files.</summary>
    private const int BatchSize = 500;

    public static string AppVersion { get; } =
        typeof(ReleaseWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>Writes release <paramref name="version"/>; null when that version exists already.</summary>
    /// <param name="version">A valid version (<see cref="ReleaseVersion.IsValid"/>).</param>
    /// <param name="notes">Release notes, or null.</param>
    /// <param name="baseUrl">The site's public address for the citation, or null when unknown.</param>
    /// <param name="createdBy">Who asked for it, for the log (releases name no staff member).</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<StoredRelease?> CreateAsync(string version, string? notes, string? baseUrl, string? createdBy, CancellationToken ct)
    {
        if (!ReleaseVersion.IsValid(version))
        {
            throw new ArgumentException(ReleaseVersion.Rule, nameof(version));
        }

        var release = await store.AddAsync(version, (directory, token) => WriteFilesAsync(directory, version, notes, baseUrl, token), ct);
        if (release is not null)
        {
            LogCreated(log, version, createdBy ?? "command line", release.Manifest.Counts.Strikes, release.Manifest.DataVersion);
        }

        return release;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Release {Version} created by {CreatedBy}: {Strikes} strikes, data version {DataVersion}.")]
    private static partial void LogCreated(ILogger log, string version, string createdBy, int strikes, long dataVersion);

    private async Task<ReleaseManifest> WriteFilesAsync(string directory, string version, string? notes, string? baseUrl, CancellationToken ct)
    {
        // One snapshot for every file: a strike edited while the release is written is in all of them as it was, or in none.
        await using var snapshot = await db.Database.BeginReadSnapshotAsync(ct);
        var createdAt = clock.GetUtcNow().UtcDateTime;
        var dataVersion = await db.ChangeLog.MaxAsync(c => (long?)c.Id, ct) ?? 0;
        var counts = new ReleaseCounts(
            await db.Strikes.CountAsync(ct),
            await db.Statements.CountAsync(ct),
            await db.Statements.CountAsync(s => s.IsAggregate, ct),
            await db.Reports.CountAsync(ct));
        var options = json.Value.SerializerOptions;
        var everyStrike = StrikeFilter.None with { Sort = StrikeSort.DateAscending };

        var files = new List<ReleaseFile>
        {
            // The live full export at this very data version, in this order, is the same bytes: copied when rendered already.
            await WriteAsync(directory, ReleaseFiles.StrikesCsv, async body =>
            {
                if (!await TryCopyAsync(fullExports.At(FullExports.Format.Csv, everyStrike.Sort, dataVersion), body, ct))
                {
                    await StrikeExports.CsvBody(strikes, everyStrike, escapeFormulas: true)(body, ct);
                }
            }),
            await WriteAsync(directory, ReleaseFiles.StrikesGeoJson, async body =>
            {
                if (await TryCopyAsync(fullExports.At(FullExports.Format.GeoJson, everyStrike.Sort, dataVersion), body, ct))
                {
                    return;
                }

                var withoutPlace = await StrikeExports.WithoutCoordinatesAsync(strikes, everyStrike, ct);
                await StrikeExports.GeoJsonBody(strikes, everyStrike, withoutPlace, centres, options)(body, ct);
            }),
            await WriteAsync(directory, ReleaseFiles.ClaimsCsv, body => claims.WriteClaimsAsync(StatementFilter.None, body, escapeFormulas: true, ct)),
            await WriteAsync(directory, ReleaseFiles.ClaimFiguresCsv, body => claims.WriteFiguresAsync(StatementFilter.None, body, escapeFormulas: true, ct)),
            await WriteAsync(directory, ReleaseFiles.StatementsJson, body => WriteArrayAsync(body, StatementsAsync(ct), options, ct)),
            await WriteAsync(directory, ReleaseFiles.ReportsJson, body => WriteArrayAsync(body, ReportsAsync(ct), options, ct)),
            await WriteAsync(directory, ReleaseFiles.Codebook, async body =>
            {
                await using var codebook = ReleaseFiles.OpenCodebook();
                await codebook.CopyToAsync(body, ct);
            }),
        };
        var manifest = new ReleaseManifest(version, createdAt, dataVersion, AppVersion, string.IsNullOrWhiteSpace(notes) ? null : notes.Trim(), counts, files);
        files.Add(await WriteAsync(directory, ReleaseFiles.Citation, body => citation.WriteCffAsync(body, manifest, baseUrl, ct)));
        return manifest;
    }

    private async IAsyncEnumerable<StatementDto> StatementsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var after = 0;
        while (true)
        {
            var batch = await db.Statements.Where(s => s.Id > after).OrderBy(s => s.Id).Take(BatchSize).WithEvidence().ToListAsync(ct);
            foreach (var statement in batch)
            {
                yield return StatementDto.From(statement);
            }

            if (batch.Count < BatchSize)
            {
                yield break;
            }

            after = batch[^1].Id;
        }
    }

    private async IAsyncEnumerable<ReportSummary> ReportsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var after = 0;
        while (true)
        {
            var batch = await db.Reports.AsNoTracking().Where(r => r.Id > after).OrderBy(r => r.Id).Take(BatchSize)
                .Select(r => new { Report = r, StrikeCount = r.Strikes.Count, StatementCount = r.Statements.Count })
                .ToListAsync(ct);
            foreach (var x in batch)
            {
                yield return ReportSummary.From(x.Report, x.StrikeCount, x.StatementCount);
            }

            if (batch.Count < BatchSize)
            {
                yield break;
            }

            after = batch[^1].Report.Id;
        }
    }

    private static async Task WriteArrayAsync<T>(Stream body, IAsyncEnumerable<T> items, JsonSerializerOptions options, CancellationToken ct)
    {
        await using var writer = new Utf8JsonWriter(body, new JsonWriterOptions { Indented = true });
        writer.WriteStartArray();
        await foreach (var item in items.WithCancellation(ct))
        {
            JsonSerializer.Serialize(writer, item, options);
            if (writer.BytesPending > 64 * 1024)
            {
                await writer.FlushAsync(ct);
            }
        }

        writer.WriteEndArray();
        await writer.FlushAsync(ct);
    }

    /// <summary>Copies a rendered export into the release; false when there is none (or a newer version replaced it meanwhile).</summary>
    private static async Task<bool> TryCopyAsync(ExportFile? rendered, Stream body, CancellationToken ct)
    {
        FileStream file;
        try
        {
            if (rendered is null)
            {
                return false;
            }

            file = new FileStream(rendered.Path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024, useAsync: true);
        }
        catch (FileNotFoundException)
        {
            return false;
        }

        await using (file)
        {
            await file.CopyToAsync(body, ct);
        }

        return true;
    }

    private static async Task<ReleaseFile> WriteAsync(string directory, ReleaseFiles.Kind kind, Func<Stream, Task> write)
    {
        var path = Path.Combine(directory, kind.Name);
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
        {
            await write(file);
        }

        await using var written = File.OpenRead(path);
        var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(written));
        return new ReleaseFile(kind.Name, kind.MediaType, written.Length, hash);
    }
}
