using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Evidence;
using MissileTracker.Web.History;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Reports;
using MissileTracker.Web.Statements;

namespace MissileTracker.Web.Strikes;

/// <summary>
/// A strike as the public could read it at an earlier time (<c>?asOf=</c>): the strike, its statements with their figures,
/// its reports and places, rebuilt from today's rows by undoing the change log entries made since (<see cref="ChangeReplay"/>).
/// Only what was published then: a strike that was a draft, deleted or not yet recorded at that time is absent. Its physical
/// evidence is rebuilt the same way.
/// </summary>
public sealed class StrikeAsOfQueries(TrackerDbContext db)
{
    /// <param name="id">The strike's id.</param>
    /// <param name="asOf">The time (UTC).</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<StrikeDetail?> GetAsync(int id, DateTime asOf, CancellationToken ct)
    {
        if (await StrikeQueries.LoadAsync(db.Strikes.IgnoreQueryFilters(), id, ct) is not { } strike)
        {
            return null;
        }

        var strikeChanges = (await db.ChangesAfterAsync(nameof(Strike), [id], asOf, ct))[id].ToList();
        if (!ChangeReplay.Rewind(strike, strikeChanges) || !WasPublic(strike) || strike.MergedIntoId is not null)
        {
            return null;
        }

        if (strike.Weapon.Id != strike.WeaponId)
        {
            strike.Weapon = await db.Weapons.AsNoTracking().SingleAsync(w => w.Id == strike.WeaponId, ct);
        }

        await RewindReportsAsync(strike, strikeChanges, asOf, ct);
        await RewindPlacesAsync(strike, strikeChanges, ct);
        var reportsByStatement = await RewindStatementsAsync(strike, strikeChanges, asOf, ct);

        var history = (await db.HistoryOfAsync(nameof(Strike), id, staff: false, ct)).Where(h => h.At <= asOf).ToList();
        strike.UpdatedAt = history.Count > 0 ? history[0].At : strike.CreatedAt;
        return StrikeQueries.Detail(strike, reportsByStatement, history) with { Evidence = await EvidenceAsOfAsync(id, asOf, ct) };
    }

    /// <summary>
    /// The strike's physical evidence as published then: fields and report links rewound, photos attached by then. Custody steps
    /// are today's (their changes are logged, but a removed step's position is reused, so they are not undone here).
    /// </summary>
    private async Task<IReadOnlyList<EvidenceDto>> EvidenceAsOfAsync(int strikeId, DateTime asOf, CancellationToken ct)
    {
        var records = await db.EvidenceRecords.IgnoreQueryFilters().AsNoTracking().Where(e => e.StrikeId == strikeId)
            .Include(e => e.Examiner).Include(e => e.Photos).Include(e => e.Custody).Include(e => e.Reports)
            .OrderBy(e => e.Id).AsSplitQuery().ToListAsync(ct);
        var changes = await db.ChangesAfterAsync(nameof(EvidenceRecord), records.Select(e => e.Id).ToList(), asOf, ct);
        var shown = new List<EvidenceDto>();
        foreach (var record in records.Where(e => ChangeReplay.Rewind(e, changes[e.Id]) && WasPublic(e) && e.StrikeId == strikeId))
        {
            if (record.ExaminerId != record.Examiner?.Id)
            {
                record.Examiner = record.ExaminerId is { } examinerId ? await db.Officials.AsNoTracking().SingleOrDefaultAsync(o => o.Id == examinerId, ct) : null;
            }

            record.Photos.RemoveAll(p => p.CapturedAt > asOf);
            var reportIds = ChangeReplay.RewindLinks(record.Reports.Select(r => r.ReportId), changes[record.Id], "report");
            shown.Add(EvidenceDto.From(record, await ReportsAsOfAsync(reportIds, asOf, ct)));
        }

        return shown;
    }

    private static bool WasPublic(IPublishable record) => record is { Status: PublicationStatus.Published, DeletedAt: null };

    private async Task RewindReportsAsync(Strike strike, List<ChangeLogEntry> strikeChanges, DateTime asOf, CancellationToken ct)
    {
        var ids = ChangeReplay.RewindLinks(strike.Reports.Select(r => r.ReportId), strikeChanges, "report");
        var reports = await ReportsAsOfAsync(ids, asOf, ct);
        strike.Reports.Clear();
        strike.Reports.AddRange(reports.Select(r => new StrikeReport { StrikeId = strike.Id, ReportId = r.Id, Report = r }));
    }

    /// <summary>The reports with these ids as they stood, those published then.</summary>
    private async Task<List<Report>> ReportsAsOfAsync(IReadOnlyCollection<int> ids, DateTime asOf, CancellationToken ct)
    {
        var reports = await db.Reports.IgnoreQueryFilters().AsNoTracking().Where(r => EF.Parameter(ids).Contains(r.Id)).ToListAsync(ct);
        var changes = await db.ChangesAfterAsync(nameof(Report), ids, asOf, ct);
        return reports.Where(r => ChangeReplay.Rewind(r, changes[r.Id]) && WasPublic(r)).ToList();
    }

    private async Task RewindPlacesAsync(Strike strike, List<ChangeLogEntry> strikeChanges, CancellationToken ct)
    {
        var ids = ChangeReplay.RewindLinks(strike.Places.Select(p => p.PlaceId), strikeChanges, "place");
        var kept = strike.Places.Where(p => ids.Contains(p.PlaceId)).ToList();
        var missing = ids.Except(kept.Select(p => p.PlaceId)).ToList();
        // A place unlinked since: its position and precision were not logged, so it follows the others at its place's own precision.
        var restored = await db.Places.IgnoreQueryFilters().AsNoTracking().Where(p => EF.Parameter(missing).Contains(p.Id)).ToListAsync(ct);
        strike.Places.Clear();
        strike.Places.AddRange(kept);
        strike.Places.AddRange(restored.Select((p, i) => new StrikePlace
        {
            StrikeId = strike.Id, PlaceId = p.Id, Place = p, Position = kept.Count + i, Precision = LocationPrecision.Settlement,
        }));
    }

    private async Task<ILookup<int, Report>> RewindStatementsAsync(Strike strike, List<ChangeLogEntry> strikeChanges, DateTime asOf, CancellationToken ct)
    {
        var ids = ChangeReplay.RewindLinks(strike.Statements.Select(s => s.StatementId), strikeChanges, "statement");
        var links = strike.Statements.Where(s => ids.Contains(s.StatementId)).ToList();
        var missing = ids.Except(links.Select(s => s.StatementId)).ToList();
        // A statement unlinked since comes back without its figures for this strike: the unlink logged only the link.
        links.AddRange((await db.Statements.IgnoreQueryFilters().AsNoTracking().Include(s => s.Official)
                .Where(s => EF.Parameter(missing).Contains(s.Id)).ToListAsync(ct))
            .Select(s => new StatementStrike { StatementId = s.Id, Statement = s, StrikeId = strike.Id }));

        var changes = await db.ChangesAfterAsync(nameof(Statement), ids, asOf, ct);
        links = links.Where(l => ChangeReplay.Rewind(l.Statement, changes[l.StatementId], l, $"strikes[{strike.Id}]") && WasPublic(l.Statement)).ToList();
        foreach (var link in links.Where(l => l.Statement.OfficialId != l.Statement.Official?.Id))
        {
            link.Statement.Official = link.Statement.OfficialId is { } officialId
                ? await db.Officials.AsNoTracking().SingleOrDefaultAsync(o => o.Id == officialId, ct)
                : null;
        }

        strike.Statements.Clear();
        strike.Statements.AddRange(links);

        var statementIds = links.Select(l => l.StatementId).ToList();
        var current = await db.StatementReports.IgnoreQueryFilters().AsNoTracking()
            .Where(x => EF.Parameter(statementIds).Contains(x.StatementId)).ToListAsync(ct);
        var reportIds = statementIds.ToDictionary(s => s,
            s => ChangeReplay.RewindLinks(current.Where(x => x.StatementId == s).Select(x => x.ReportId), changes[s], "report"));
        var reports = (await ReportsAsOfAsync(reportIds.Values.SelectMany(r => r).ToHashSet(), asOf, ct)).ToDictionary(r => r.Id);
        return reportIds
            .SelectMany(p => p.Value.Where(reports.ContainsKey).Select(r => (Statement: p.Key, Report: reports[r])))
            .ToLookup(p => p.Statement, p => p.Report);
    }
}
