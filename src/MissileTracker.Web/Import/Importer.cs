using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Places;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Reports;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.Import;

/// <summary>
/// Imports a batch in three steps: validate every row (reporting all errors with row numbers),
/// find the rows already stored (reports by URL, strikes by date, place, type and summary),
/// then, unless it is a dry run, write the rest in one transaction. Rows already stored are
/// skipped, so importing the same batch twice changes nothing.
/// </summary>
public sealed class Importer(TrackerDbContext db, IServiceProvider services, PlaceLookup lookup, PlaceStore placeStore, Gazetteer gazetteer)
{
    /// <summary>
    /// Rows looked up per query and written per save. Lookups cost the same queries for each
    /// batch whatever its rows (ImportQueryCountTests), keep their parameters (at most two per
    /// row) far below SQLite's limit of 32,766, and the change tracker never holds more than one
    /// batch of new rows.
    /// </summary>
    public const int BatchSize = 1000;

    public async Task<EditResult<ImportResult>> ImportAsync(ImportRequest request, bool dryRun, EditingUser editor, CancellationToken ct)
    {
        var reports = request.Reports ?? [];
        var strikes = request.Strikes ?? [];
        var weapons = await db.Weapons.AsNoTracking().ToDictionaryAsync(w => w.Code, w => w.Id, ct);
        var errors = ImportValidation.Check(reports, strikes, weapons, services);
        if (errors.Count > 0)
        {
            return new EditResult<ImportResult>.Invalid(errors);
        }

        var places = await ImportPlaces.ResolveAsync(strikes, lookup, gazetteer, db, errors, ct);
        if (errors.Count > 0)
        {
            return new EditResult<ImportResult>.Invalid(errors);
        }

        // A real import looks up and writes in one transaction, so what it found stored is still so when it writes.
        await using var transaction = dryRun ? null : await db.Database.BeginTransactionAsync(ct);
        var storedReports = await StoredRows.ReportsAsync(db, reports, ct);
        var newStrikes = await StoredRows.NewStrikesAsync(db, strikes, weapons, ct);
        var result = new ImportResult(dryRun,
            ReportsCreated: reports.Count - storedReports.Count, ReportsAlreadyStored: storedReports.Count,
            StrikesCreated: newStrikes.Count, StrikesAlreadyStored: strikes.Count - newStrikes.Count,
            RowsChecked: reports.Count + strikes.Count,
            RowsCreated: reports.Count - storedReports.Count + newStrikes.Count,
            RowsSkipped: storedReports.Count + strikes.Count - newStrikes.Count);
        if (transaction is null)
        {
            return new EditResult<ImportResult>.Done(result);
        }

        db.Author = editor.Author;
        var reportIds = await WriteReportsAsync(reports.Where(r => !storedReports.ContainsKey(r.Key!)), storedReports, ct);
        var placeOf = await PlaceIdsAsync(strikes, places, ct);
        await WriteStrikesAsync(newStrikes, reportIds, placeOf, ct);
        await transaction.CommitAsync(ct);
        return new EditResult<ImportResult>.Done(result);
    }

    /// <summary>Writes the new reports as drafts; returns the id of every report in the batch by its key.</summary>
    private async Task<Dictionary<string, int>> WriteReportsAsync(IEnumerable<ImportedReport> newReports, Dictionary<string, int> stored, CancellationToken ct)
    {
        var ids = new Dictionary<string, int>(stored, StringComparer.Ordinal);
        foreach (var batch in newReports.Chunk(BatchSize))
        {
            var added = batch.Select(row =>
            {
                var report = new Report { Outlet = row.Report.Outlet!.Trim(), Title = row.Report.Title!.Trim(), Status = PublicationStatus.Draft };
                ReportEditor.Apply(row.Report, report);
                return (Key: row.Key!, Report: report);
            }).ToList();
            db.Reports.AddRange(added.Select(a => a.Report));
            await db.SaveChangesAsync(ct);
            foreach (var (key, report) in added)
            {
                ids[key] = report.Id;
            }

            db.ChangeTracker.Clear();
        }

        return ids;
    }

    /// <summary>The tracker place id of each row that has a place, storing the gazetteer places no strike named before.</summary>
    private async Task<Dictionary<ImportedStrike, int>> PlaceIdsAsync(List<ImportedStrike> rows, Dictionary<int, PlaceCandidate> places, CancellationToken ct)
    {
        var keys = places.Values.Where(p => p.PlaceId is null).Select(p => p.GazetteerKey!).ToList();
        var ids = await placeStore.IdsOfGazetteerPlacesAsync(keys, lookup, ct);
        db.ChangeTracker.Clear();
        return places.ToDictionary(p => rows[p.Key], p => p.Value.PlaceId ?? ids[p.Value.GazetteerKey!]);
    }

    /// <summary>Writes the new strikes as drafts, linked by id to their reports and their place.</summary>
    private async Task WriteStrikesAsync(IEnumerable<(ImportedStrike Row, int WeaponId)> newStrikes, Dictionary<string, int> reportIds, Dictionary<ImportedStrike, int> placeOf, CancellationToken ct)
    {
        foreach (var batch in newStrikes.Chunk(BatchSize))
        {
            foreach (var (row, weaponId) in batch)
            {
                var strike = new Strike { Status = PublicationStatus.Draft };
                StrikeEditor.Apply(row.Strike, strike, weaponId);
                foreach (var key in (row.ReportKeys ?? []).Distinct())
                {
                    strike.Reports.Add(new StrikeReport { Strike = strike, ReportId = reportIds[key] });
                }

                if (placeOf.TryGetValue(row, out var placeId))
                {
                    strike.Places.Add(new StrikePlace { Strike = strike, PlaceId = placeId, Position = 0, Precision = strike.LocationPrecision });
                }

                db.Strikes.Add(strike);
            }

            await db.SaveChangesAsync(ct);
            // Saved rows stay in the transaction; the tracker forgets them so that it never holds more than one batch.
            db.ChangeTracker.Clear();
        }
    }
}
