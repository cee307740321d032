using MissileTracker.Web.Publishing;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.History;
using MissileTracker.Web.Officials;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Reports;
using MissileTracker.Web.Statements;
using MissileTracker.Web.Weapons;

namespace MissileTracker.Web.Strikes;

/// <summary>
/// The one place strikes are read from, for the pages, the API, the exports, the feed and the
/// statistics alike: every read starts at <see cref="Matching"/>, so a rule about which strikes
/// are public belongs there and nowhere else.
/// </summary>
/// <param name="db">The request's context.</param>
/// <param name="aggregates">Cached counts and the data version.</param>
/// <param name="prepared">The public detail as one prepared SQLite command; null on PostgreSQL or when turned off.</param>
/// <param name="list">The public list's common filters as prepared SQLite statements; null on PostgreSQL or when turned off.</param>
public sealed class StrikeQueries(TrackerDbContext db, AggregateCache aggregates, PublicStrikeDetails? prepared = null, PublicStrikeList? list = null)
{
    /// <summary>The strikes a reader may see that pass <paramref name="filter"/>, unordered.</summary>
    public IQueryable<Strike> Matching(StrikeFilter filter) => filter.Where(db.Strikes.AsNoTracking(), TextMatchFor.Database(db));

    /// <param name="filter">Which strikes.</param>
    /// <param name="page">Which page of them.</param>
    /// <param name="ct">Cancellation.</param>
    /// <param name="total">How many strikes match, when the caller has counted them already (the timeline sums its per-day counts).</param>
    public async Task<Page<StrikeSummary>> ListAsync(StrikeFilter filter, PageRequest page, CancellationToken ct, int? total = null)
    {
        total ??= await CountAsync(filter, ct);
        // One row more than the page tells whether another page follows.
        var (rows, officials) = list is not null && PublicStrikeListSql.Handles(filter, page)
            ? await list.PageAsync(db, filter, page, ct)
            : await PageAsync(filter, page, ct);
        var hasMore = rows.Count > page.PageSize;
        var items = rows.Take(page.PageSize).Select(r => r.ToSummary(officials[r.Strike.Id])).ToList();
        return new Page<StrikeSummary>(items, page, total.Value)
        {
            NextCursor = hasMore && items.Count > 0 ? StrikeSorting.CursorAfter(filter.Sort, items[^1]) : null,
        };
    }

    // The page through EF Core: only the columns a summary shows, not the whole entity (docs/performance.md, "Fourth pass:
    // the list's own cost"), then the officials of the page's strikes.
    private async Task<(List<StrikeSummaryRow> Rows, ILookup<int, OfficialRef> Officials)> PageAsync(StrikeFilter filter, PageRequest page, CancellationToken ct)
    {
        var matching = Matching(filter);
        var window = page.After is { } after
            ? matching.After(filter.Sort, after).OrderBy(filter.Sort)
            : matching.OrderBy(filter.Sort).Skip(page.Skip);
        var rows = await window.Take(page.PageSize + 1).Select(StrikeSummaryRow.Of).ToListAsync(ct);
        var officials = rows.Count == 0
            ? StrikeSummaryRow.ByStrike([])
            : await StrikeSummaryRow.OfficialsAsync(db, rows.Take(page.PageSize).Select(r => r.Strike.Id).ToList(), ct);
        return (rows, officials);
    }

    /// <summary>The data version: the change log's newest id, read once per request.</summary>
    public Task<long> DataStampAsync(CancellationToken ct) => aggregates.DataVersionAsync(ct);

    /// <summary>
    /// How many strikes match. A filter of dates, oblasts and weapons only sums <see cref="StrikeTally"/> rows; any other
    /// counts every match. Either result is cached until the data changes.
    /// </summary>
    public Task<int> CountAsync(StrikeFilter filter, CancellationToken ct) =>
        aggregates.GetAsync("strike-count", filter with { Sort = StrikeSort.DateDescending }, c =>
            !StrikeTallies.Answer(filter) ? Matching(filter).CountAsync(c)
            : list is not null ? list.CountAsync(db, filter, c)
            : StrikeTallies.Matching(db, filter).SumAsync(t => t.Count, c), ct);

    /// <summary>How many matching strikes fall on each date (the stored date; a month-precision strike counts as the 1st).</summary>
    public Task<IReadOnlyList<DateCount>> CountByDateAsync(StrikeFilter filter, CancellationToken ct) =>
        aggregates.GetAsync("strikes-by-date", filter with { Sort = StrikeSort.DateDescending }, async c =>
            !StrikeTallies.Answer(filter) ? (IReadOnlyList<DateCount>)await Matching(filter).GroupBy(s => s.OccurredOn).Select(g => new DateCount(g.Key, g.Count())).ToListAsync(c)
            : list is not null ? await list.CountByDateAsync(db, filter, c)
            : (IReadOnlyList<DateCount>)await StrikeTallies.Matching(db, filter).GroupBy(t => t.OccurredOn).Select(g => new DateCount(g.Key, g.Sum(t => t.Count))).ToListAsync(c), ct);

    /// <param name="id">The strike's id.</param>
    /// <param name="staff">Staff also see drafts (of the strike and of its evidence) and the full history.</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<StrikeDetail?> GetAsync(int id, bool staff, CancellationToken ct)
    {
        if (!staff && prepared is not null)
        {
            return await prepared.GetAsync(db, id, ct);
        }

        if (await LoadCurrentAsync(id, staff, ct) is not { } s)
        {
            return null;
        }

        var statementIds = s.Statements.Select(x => x.StatementId).ToList();
        var reportsByStatement = statementIds.Count == 0
            ? Enumerable.Empty<StatementReport>().ToLookup(x => x.StatementId, x => x.Report)
            : await StatementReportsAsync(db.StatementReports.VisibleTo(staff), statementIds, ct);
        return Detail(s, reportsByStatement, await db.HistoryOfAsync(nameof(Strike), s.Id, staff, ct))
            with
            {
                Evidence = await new Evidence.EvidenceQueries(db).ForStrikeAsync(s.Id, staff, ct),
                AirForceReports = await AirForce.AirForceQueries.ForStrikeAsync(db, s.Id, staff, ct),
            };
    }

    /// <summary>
    /// The strike as it is now, with what <see cref="Detail"/> reads, in five small compiled queries keyed by the strike's id
    /// (<see cref="StrikeDetailReads"/>): the strike and its weapon, its statements (with their officials), their weapon sets,
    /// its reports, its places. Why not <see cref="LoadAsync"/>: its split Include graph sent five queries that each repeated
    /// the strike's filtered lookup with joins and an ORDER BY; profiled at 10 of the detail's 22 ms (docs/performance.md,
    /// "Issue 18, second pass"). Each query keeps its set's named query filters, so what the public sees is decided where it
    /// always was.
    /// </summary>
    private async Task<Strike?> LoadCurrentAsync(int id, bool staff, CancellationToken ct)
    {
        if ((await StrikeDetailReads.StrikeWithWeapon.ListAsync(db, id, staff, ct)).SingleOrDefault() is not { } strike)
        {
            return null;
        }

        strike.Statements.AddRange(await StrikeDetailReads.Statements.ListAsync(db, id, staff, ct));
        var weaponTypes = (await StrikeDetailReads.WeaponTypes.ListAsync(db, id, staff, ct)).ToLookup(x => x.StatementId);
        foreach (var link in strike.Statements)
        {
            link.WeaponTypes.AddRange(weaponTypes[link.StatementId]);
        }

        strike.Reports.AddRange(await StrikeDetailReads.Reports.ListAsync(db, id, staff, ct));
        strike.Places.AddRange(await StrikeDetailReads.Places.ListAsync(db, id, staff, ct));
        return strike;
    }

    /// <summary>A strike with everything its page shows, untracked, from <paramref name="strikes"/> (a view: public, staff or all).</summary>
    internal static Task<Strike?> LoadAsync(IQueryable<Strike> strikes, int id, CancellationToken ct) =>
        strikes.AsNoTracking()
            .Include(x => x.Weapon)
            .Include(x => x.Reports).ThenInclude(x => x.Report)
            .Include(x => x.Statements).ThenInclude(x => x.WeaponTypes).ThenInclude(x => x.Weapon)
            .Include(x => x.Statements).ThenInclude(x => x.Statement).ThenInclude(x => x.Official)
            .Include(x => x.Places).ThenInclude(x => x.Place)
            .AsSplitQuery()
            .SingleOrDefaultAsync(x => x.Id == id, ct);

    /// <summary>
    /// The statements' reports by the statements' ids. Included through the strike, EF joined every
    /// statement's reports before narrowing to this strike's, and PostgreSQL hashed all two million
    /// of them: 3-4 s per strike page at a million strikes.
    /// </summary>
    internal static async Task<ILookup<int, Report>> StatementReportsAsync(IQueryable<StatementReport> links, List<int> statementIds, CancellationToken ct) =>
        (await links.AsNoTracking()
            .Where(x => EF.Parameter(statementIds).Contains(x.StatementId))
            .Select(x => new { x.StatementId, x.Report })
            .ToListAsync(ct))
        .ToLookup(x => x.StatementId, x => x.Report);

    /// <summary>The API's and the page's view of a loaded strike (as it is now, or as <see cref="StrikeAsOfQueries"/> rebuilt it).</summary>
    internal static StrikeDetail Detail(Strike s, ILookup<int, Report> reportsByStatement, IReadOnlyList<HistoryEntry> history)
    {
        var statements = s.Statements
            .OrderBy(x => x.Statement.StatedOn == null).ThenBy(x => x.Statement.StatedOn).ThenBy(x => x.Statement.StatedAt == null).ThenBy(x => x.Statement.StatedAt).ThenBy(x => x.StatementId)
            .Select(x => new StrikeStatement(
                x.StatementId,
                x.Statement.Official is null ? null : OfficialRef.From(x.Statement.Official),
                x.Statement.Organisation,
                x.Statement.StatedOn,
                x.Statement.StatedAt,
                x.Statement.StatedOnNote,
                x.Statement.IsPreliminary,
                x.Statement.Quote,
                x.Statement.QuoteKind,
                ClaimedFigures.From(x),
                reportsByStatement[x.StatementId].OrderBy(r => r.Id).Select(ReportRef.From).ToList(),
                x.Statement.Status,
                x.Statement.NoReportReason))
            .ToList();
        var reports = s.Reports.Select(r => ReportRef.From(r.Report))
            .OrderBy(r => r.PublishedOn == null).ThenBy(r => r.PublishedOn).ThenBy(r => r.Id).ToList();

        return new StrikeDetail(s.Id, s.OccurredOn, s.DatePrecision, s.Date.ToString(), s.DateNote, s.TimeOfDay, StrikeWindow.Of(s), StrikeLocation.Of(s),
            WeaponDto.From(s.Weapon), s.OriginCountry, s.OriginStatus, s.MissilesLaunchedFigure.IfGiven(), s.MissilesInterceptedFigure.IfGiven(), s.KilledFigure.IfGiven(), s.InjuredFigure.IfGiven(),
            s.Summary, statements, reports, s.CreatedAt, s.UpdatedAt, s.Status, s.Version, history,
            s.Places.OrderBy(p => p.Position).Select(p => new StrikePlaceRef(p.PlaceId, p.Place.Name, p.Place.NameUk, p.Place.Oblast, p.Place.Raion,
                p.Place.CityDistrict, p.Place.GeoNamesId, p.Precision)).ToList(),
            Attribution(s.Statements, reportsByStatement),
            WeaponAgreement.AnyConflict(s.Statements.Select(x => (IReadOnlyCollection<string>)x.WeaponCodes).ToList())) { PublishedAt = s.PublishedAt };
    }

    /// <summary>Each source's weapon label and origin claim in the order they were said: by date, then Kyiv time (unknown last), then id.</summary>
    private static List<AttributionEntry> Attribution(IEnumerable<StatementStrike> links, ILookup<int, Report> reportsByStatement) =>
        links
            .OrderBy(x => x.Statement.StatedOn == null).ThenBy(x => x.Statement.StatedOn)
            .ThenBy(x => x.Statement.StatedAt == null).ThenBy(x => x.Statement.StatedAt).ThenBy(x => x.StatementId)
            .Select(x => new AttributionEntry(
                x.StatementId, x.Statement.StatedOn, x.Statement.StatedAt,
                x.Statement.Official is null ? null : OfficialRef.From(x.Statement.Official), x.Statement.Organisation,
                reportsByStatement[x.StatementId].OrderBy(r => r.Id).Select(ReportRef.From).ToList(),
                x.WeaponLabel, ClaimedFigures.TypesOf(x), x.OriginClaim, x.Statement.IsPreliminary))
            .ToList();

    /// <summary>
    /// The survivor a merged strike answers 301 to, or null. The public is only sent on from a strike that was
    /// once public, so a merged draft's id reveals nothing.
    /// </summary>
    public async Task<int?> MergedIntoAsync(int id, bool staff, CancellationToken ct) =>
        await db.Strikes.IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.Id == id && s.MergedIntoId != null && (staff || s.Status == PublicationStatus.Published || s.PublishedAt != null))
            .Select(s => s.MergedIntoId).SingleOrDefaultAsync(ct);

    /// <summary>The survivors of those of <paramref name="ids"/> that were merged (strikes released once, so public), by merged id.</summary>
    public async Task<IReadOnlyDictionary<int, int>> MergeTargetsAsync(IReadOnlyCollection<int> ids, CancellationToken ct) =>
        await db.Strikes.IgnoreQueryFilters().AsNoTracking()
            .Where(s => EF.Parameter(ids).Contains(s.Id) && s.MergedIntoId != null)
            .ToDictionaryAsync(s => s.Id, s => s.MergedIntoId!.Value, ct);

    /// <summary>
    /// Every matching strike in the filter's order, with the officials quoted and the source URLs:
    /// what the exports and the feed write. Reads one snapshot of the data, in batches, so memory
    /// stays flat however many strikes match.
    /// </summary>
    /// <param name="filter">Which strikes, in which order.</param>
    /// <param name="limit">At most this many, when given.</param>
    /// <param name="withPlaces">Also read each strike's linked places (<see cref="StrikeExportRow.Places"/>), for the GeoJSON export.</param>
    /// <param name="ct">Cancellation.</param>
    public async IAsyncEnumerable<StrikeExportRow> StreamAsync(StrikeFilter filter, int? limit, bool withPlaces, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var ordered = Matching(filter).OrderBy(filter.Sort);
        if (limit is { } max)
        {
            ordered = ordered.Take(max);
        }

        // One snapshot for the whole export: no strike appears twice or goes missing while editors write.
        await using var snapshot = db.Database.CurrentTransaction is null
            ? await db.Database.BeginReadSnapshotAsync(ct)
            : null;

        // One query, streamed in the filter's order: each strike with its weapon and its sources (and places) aggregated in
        // the same SELECT (StrikeExportRead). It replaced reading every matching id first and then three queries per 2,000
        // strikes (docs/performance.md, "Issue 18, third pass"). Officials and places are few (a gazetteer's worth, however
        // many strikes): the query carries their ids, their names are read once.
        var officialNames = await db.Officials.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var places = withPlaces ? await db.Places.AsNoTracking().ToDictionaryAsync(p => p.Id, ct) : null;
        // On SQLite, the tally's filters (dates, oblasts, missile types) read through leaner SQL (PublicStrikeList.ExportAsync).
        var reads = list is not null && StrikeTallies.Answer(filter)
            ? list.ExportAsync(db, filter, limit, withPlaces, ct)
            : StrikeExportRead.Of(db, ordered, withPlaces).AsAsyncEnumerable();
        await foreach (var read in reads.WithCancellation(ct))
        {
            yield return read.ToRow(officialNames, places);
        }
    }

    /// <summary>
    /// The published places the given strikes link, each strike's in its order (the main place first): one query
    /// for a batch. An editor-added place still in draft is left out, as everywhere a reader looks.
    /// </summary>
    public async Task<ILookup<int, StrikeMapPlace>> PlacesOfAsync(IReadOnlyCollection<int> strikeIds, CancellationToken ct) =>
        (await db.StrikePlaces.AsNoTracking()
            .Where(x => EF.Parameter(strikeIds).Contains(x.StrikeId) && x.Place.Status == PublicationStatus.Published && x.Place.DeletedAt == null)
            .OrderBy(x => x.StrikeId).ThenBy(x => x.Position)
            .Select(x => new StrikeMapPlace(x.StrikeId, x.PlaceId, x.Position, x.Precision, x.Place.Name, x.Place.Latitude, x.Place.Longitude, x.Place.NameUk))
            .ToListAsync(ct))
        .ToLookup(x => x.StrikeId);

    /// <summary>
    /// A fingerprint of what a filtered export would contain: how many strikes match, when the latest of them changed,
    /// and when anything last changed that the change log records (statements, reports, officials, places: what the
    /// rows show beside the strike). It counts every matching strike, so it is cached until the data changes.
    /// </summary>
    public Task<DataVersion> VersionAsync(StrikeFilter filter, CancellationToken ct) =>
        aggregates.GetAsync("strike-version", filter with { Sort = StrikeSort.DateDescending }, c => ComputeVersionAsync(filter, c), ct);

    // One pass over the matching strikes for both the count and their newest change, and the change log's newest entry by
    // its key. It read the newest UpdatedAt of every statement and every report before, two scans with no index to use:
    // 0.2 s of an uncached filtered export at 100k strikes (docs/performance.md, "Issue 18, third pass").
    private async Task<DataVersion> ComputeVersionAsync(StrikeFilter filter, CancellationToken ct)
    {
        var strikes = await Matching(filter).GroupBy(s => 1)
            .Select(g => new { Count = g.Count(), Changed = g.Max(s => (DateTime?)s.UpdatedAt) })
            .SingleOrDefaultAsync(ct);
        var logged = await db.ChangeLog.OrderByDescending(c => c.Id).Select(c => (DateTime?)c.At).FirstOrDefaultAsync(ct);
        DateTime?[] times = [strikes?.Changed, logged];
        return new DataVersion(strikes?.Count ?? 0, times.Max());
    }
}
