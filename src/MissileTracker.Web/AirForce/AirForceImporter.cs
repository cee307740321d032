using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Editing;

namespace MissileTracker.Web.AirForce;

/// <summary>What an import did (or, on a dry run, would do).</summary>
/// <param name="ImportId">The stored import's id; null on a dry run.</param>
/// <param name="FileName">The file's name.</param>
/// <param name="Sha256">SHA-256 of the file's bytes (hex).</param>
/// <param name="DatasetVersion">The dataset version given, if any.</param>
/// <param name="DryRun">True when nothing was written.</param>
/// <param name="AllWeapons">True when every label was taken, not only those that can mean a North Korean missile.</param>
/// <param name="RowsRead">Data rows in the file.</param>
/// <param name="RowsSkipped">Rows left aside: their label cannot mean a North Korean missile.</param>
/// <param name="RowsAdded">Rows not stored before.</param>
/// <param name="RowsUpdated">Stored rows whose cells changed (or that reappeared upstream).</param>
/// <param name="RowsUnchanged">Stored rows the file repeats as they are.</param>
/// <param name="RowsVanished">Stored rows the file no longer holds, now flagged as vanished upstream.</param>
public sealed record AirForceImportResult(
    int? ImportId, string FileName, string Sha256, string? DatasetVersion, bool DryRun, bool AllWeapons,
    int RowsRead, int RowsSkipped, int RowsAdded, int RowsUpdated, int RowsUnchanged, int RowsVanished);

/// <summary>
/// Imports the Air Force dataset: reads the whole file first (every unparseable cell reported, nothing written), then
/// adds new rows, updates changed ones in place (matched by <see cref="AirForceReportRow.ContentKey"/>), flags stored
/// rows the file no longer holds, and records the import, all in one transaction. One pass over the file and one read
/// of the stored rows into dictionaries: O(n).
/// </summary>
public sealed class AirForceImporter(TrackerDbContext db, TimeProvider clock)
{
    /// <summary>Datasets are a few MB (3,500 rows ≈ 1 MB); 64 MB leaves room for 40,000 rows with long details.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    public async Task<EditResult<AirForceImportResult>> ImportAsync(
        Stream file, string fileName, string? datasetVersion, bool dryRun, bool allWeapons, EditingUser user, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        fileName = Path.GetFileName(InputText.Clean(fileName) ?? "");
        datasetVersion = InputText.Clean(datasetVersion);
        if (fileName.Length is 0 or > 260)
        {
            errors.Add("fileName", ["Give the file's name (at most 260 characters)."]);
        }

        if (datasetVersion is { Length: > 100 } || (datasetVersion is not null && datasetVersion.Any(char.IsControl)))
        {
            errors.Add("datasetVersion", ["The dataset version is at most 100 characters, without control characters."]);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        if (buffer.Length > MaxFileBytes)
        {
            errors.Add("file", [$"The file is larger than {MaxFileBytes / 1024 / 1024} MB."]);
        }

        if (errors.Count > 0)
        {
            return new EditResult<AirForceImportResult>.Invalid(errors);
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
        buffer.Position = 0;
        var parsed = await AirForceCsv.ReadAsync(buffer, ct);
        if (parsed.Errors.Count > 0)
        {
            return new EditResult<AirForceImportResult>.Invalid(parsed.Errors);
        }

        await using var transaction = dryRun ? null : await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var import = new AirForceImport
        {
            FileName = fileName, Sha256 = sha256, DatasetVersion = datasetVersion, ImportedAt = now, ImportedBy = user.UserName,
            AllWeapons = allWeapons, RowsRead = parsed.Rows.Count,
        };
        if (!dryRun)
        {
            // Saved first so the rows can name it.
            db.AirForceImports.Add(import);
            await db.SaveChangesAsync(ct);
        }

        var reports = await db.AirForceReports.ToDictionaryAsync(r => AirForceCsv.WindowKey(r), ct);
        var stored = await db.AirForceReportRows.ToDictionaryAsync(r => r.ContentKey, StringComparer.Ordinal, ct);
        var inFile = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in parsed.Rows)
        {
            var reading = AirForceLabels.Read(row.Label);
            if (!allWeapons && reading.NorthKorean == NorthKoreanReading.None)
            {
                import.RowsSkipped++;
                continue;
            }

            inFile.Add(row.Key);
            if (stored.TryGetValue(row.Key, out var existing))
            {
                AirForceRows.CopyContent(row, reading, existing);
                var entry = db.Entry(existing);
                entry.DetectChanges();
                var reappeared = existing.VanishedAt is not null;
                if (entry.State == EntityState.Modified || reappeared)
                {
                    // Only a change moves the row's bookkeeping: an unchanged row is not written at all, so a repeated
                    // import leaves every row (and the exports' ETags) as it was.
                    import.RowsUpdated++;
                    existing.VanishedAt = null;
                    existing.RowNumber = row.RowNumber;
                    existing.LastImportId = import.Id;
                }
                else
                {
                    import.RowsUnchanged++;
                }

                continue;
            }

            if (!reports.TryGetValue(row.ReportKey, out var report))
            {
                report = new AirForceReport
                {
                    Account = AirForcePosts.AccountOf(row.SourcePath), SourcePath = row.SourcePath, PostUrl = AirForcePosts.UrlOf(row.SourcePath),
                    StartsOn = row.StartsOn, StartTime = row.StartTime, EndsOn = row.EndsOn, EndTime = row.EndTime,
                };
                reports.Add(row.ReportKey, report);
                db.AirForceReports.Add(report);
            }

            var added = new AirForceReportRow { Report = report, ContentKey = row.Key, RowNumber = row.RowNumber, FirstImportId = import.Id, LastImportId = import.Id };
            AirForceRows.CopyContent(row, reading, added);
            db.AirForceReportRows.Add(added);
            import.RowsAdded++;
        }

        // A row the dataset no longer holds may have been corrected upstream (a new key) or withdrawn: kept, flagged,
        // never deleted, so confirmed links and past releases still resolve. Only rows this import's scope covers.
        foreach (var row in stored.Values.Where(r => r.VanishedAt is null && !inFile.Contains(r.ContentKey)
                     && (allWeapons || r.NorthKorean != NorthKoreanReading.None)))
        {
            row.VanishedAt = now;
            import.RowsVanished++;
        }

        var result = new AirForceImportResult(dryRun ? null : import.Id, fileName, sha256, datasetVersion, dryRun, allWeapons,
            import.RowsRead, import.RowsSkipped, import.RowsAdded, import.RowsUpdated, import.RowsUnchanged, import.RowsVanished);
        if (dryRun)
        {
            db.ChangeTracker.Clear();
            return new EditResult<AirForceImportResult>.Done(result);
        }

        db.Author = user.Author;
        await db.SaveChangesAsync(ct);
        await transaction!.CommitAsync(ct);
        return new EditResult<AirForceImportResult>.Done(result);
    }
}
