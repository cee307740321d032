using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Evidence;
using MissileTracker.Web.History;
using MissileTracker.Web.Officials;
using MissileTracker.Web.Places;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Reports;
using MissileTracker.Web.Statements;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.Data.Reference;

/// <summary>
/// Puts the reference dataset into the database, record by record under its stable key, and can re-apply it later:
/// a record never shipped before is added; a shipped record nobody edited is brought up to the shipped values; a
/// record an editor changed is left alone (a conflict is reported when the shipped values changed too). One
/// transaction: a dry run rolls it back, so it reports exactly what a real run would do.
/// </summary>
public sealed class ReferenceDataLoader(TrackerDbContext db, Gazetteer gazetteer)
{
    public const string ChangeReason = "Reference data (Data/Reference, from the public record in shared/sources/record.md)";

    private readonly List<ReferenceChange> _changes = [];
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ReferenceOfficial> _speakers = new(StringComparer.Ordinal);
    private Dictionary<string, int> _weapons = [];
    private DateTime _now;

    /// <summary>True when the database holds no evidence at all (drafts and deleted records count): the first start.</summary>
    public static async Task<bool> IsEmptyAsync(TrackerDbContext db, CancellationToken ct = default) =>
        !await db.Strikes.IgnoreQueryFilters().AnyAsync(ct) && !await db.Reports.IgnoreQueryFilters().AnyAsync(ct)
        && !await db.Officials.AnyAsync(ct) && !await db.Statements.IgnoreQueryFilters().AnyAsync(ct);

    /// <summary>Applies <paramref name="data"/>; with <paramref name="dryRun"/>, reports what it would do and writes nothing.</summary>
    public async Task<ReferenceLoadResult> ApplyAsync(ReferenceDataset data, bool dryRun, CancellationToken ct = default)
    {
        _changes.Clear();
        _ids.Clear();
        _speakers.Clear();
        _now = DateTime.UtcNow;
        db.Author = new ChangeAuthor("system", ChangeReason);
        _weapons = await db.Weapons.ToDictionaryAsync(w => w.Code, w => w.Id, StringComparer.Ordinal, ct);
        var keys = await db.Set<ReferenceKey>().AsNoTracking().ToDictionaryAsync(k => k.Key, StringComparer.Ordinal, ct);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var official in data.Officials)
        {
            _speakers[official.Key] = official;
            if (official.Kind == ReferenceSpeakerKind.Body)
            {
                continue;
            }

            await ApplyRecordAsync(official.Key, ReferenceKind.Official, keys,
                id => db.Officials.SingleOrDefaultAsync(o => o.Id == id, ct),
                () => new Official { Name = "", Role = "", Organisation = "", Country = "" },
                o => { Apply(o, official); return Task.CompletedTask; },
                ReferenceSnapshot.Of, o => o.Id, find: null, ct);
        }

        foreach (var report in data.Reports)
        {
            var url = report.Url is null ? null : new Uri(report.Url);
            await ApplyRecordAsync(report.Key, ReferenceKind.Report, keys,
                id => db.Reports.IgnoreQueryFilters().SingleOrDefaultAsync(r => r.Id == id, ct),
                () => new Report { Outlet = "", Title = "" },
                r => { Apply(r, report, url); return Task.CompletedTask; },
                ReferenceSnapshot.Of, r => r.Id,
                // The URL is unique: a report an editor already entered is the same report, linked rather than added twice.
                url is null ? null : () => db.Reports.IgnoreQueryFilters().SingleOrDefaultAsync(r => r.Url == url, ct), ct);
        }

        foreach (var strike in data.Strikes)
        {
            await ApplyRecordAsync(strike.Key, ReferenceKind.Strike, keys,
                id => db.Strikes.IgnoreQueryFilters().Include(s => s.Reports).Include(s => s.Places).ThenInclude(p => p.Place)
                    .SingleOrDefaultAsync(s => s.Id == id, ct),
                () => new Strike(),
                s => ApplyAsync(s, strike, ct),
                ReferenceSnapshot.Of, s => s.Id, find: null, ct);
        }

        foreach (var statement in data.Statements.Concat(data.Claims))
        {
            await ApplyRecordAsync(statement.Key, ReferenceKind.Statement, keys,
                id => db.Statements.IgnoreQueryFilters().Include(s => s.Strikes).ThenInclude(l => l.WeaponTypes).Include(s => s.Reports)
                    .Include(s => s.Figures).Include(s => s.Regions).AsSplitQuery().SingleOrDefaultAsync(s => s.Id == id, ct),
                () => new Statement { Organisation = "", Quote = "" },
                s => { Apply(s, statement); return Task.CompletedTask; },
                ReferenceSnapshot.Of, s => s.Id, find: null, ct);
        }

        foreach (var evidence in data.Evidence)
        {
            await ApplyRecordAsync(evidence.Key, ReferenceKind.Evidence, keys,
                id => db.EvidenceRecords.IgnoreQueryFilters().Include(e => e.Reports).SingleOrDefaultAsync(e => e.Id == id, ct),
                () => new EvidenceRecord { Component = "", Finding = "" },
                e => { Apply(e, evidence); return Task.CompletedTask; },
                ReferenceSnapshot.Of, e => e.Id, find: null, ct);
        }

        if (dryRun)
        {
            await transaction.RollbackAsync(ct);
        }
        else
        {
            await transaction.CommitAsync(ct);
        }

        db.ChangeTracker.Clear();
        return new ReferenceLoadResult(dryRun, [.. _changes]);
    }

    private async Task ApplyRecordAsync<T>(
        string key, ReferenceKind kind, Dictionary<string, ReferenceKey> keys,
        Func<int, Task<T?>> load, Func<T> create, Func<T, Task> apply, Func<T, SortedDictionary<string, string?>> snapshot, Func<T, int> idOf,
        Func<Task<T?>>? find, CancellationToken ct)
        where T : class
    {
        db.ChangeTracker.Clear();
        if (!keys.TryGetValue(key, out var stored))
        {
            var fresh = create();
            await apply(fresh);
            var shipped = snapshot(fresh);
            if (find is not null && await find() is { } same)
            {
                await RememberAsync(key, kind, idOf(same), ReferenceSnapshot.Hash(shipped), isNew: true, ct);
                var differences = ReferenceSnapshot.Differences(snapshot(same), shipped).ToList();
                Record(key, ReferenceAction.Linked, idOf(same), differences.Count == 0
                    ? "already stored with the same values"
                    : $"already stored (the editors' values kept; shipped values differ in: {string.Join(", ", differences)})");
                return;
            }

            db.Add(fresh);
            await db.SaveChangesAsync(ct);
            await RememberAsync(key, kind, idOf(fresh), ReferenceSnapshot.Hash(snapshot(fresh)), isNew: true, ct);
            Record(key, ReferenceAction.Added, idOf(fresh), null);
            return;
        }

        if (await load(stored.EntityId) is not { } existing)
        {
            Record(key, ReferenceAction.Conflict, stored.EntityId, "the shipped record is no longer in the database; not added again");
            return;
        }

        var current = snapshot(existing);
        var currentHash = ReferenceSnapshot.Hash(current);
        await apply(existing);
        var desired = snapshot(existing);
        var desiredHash = ReferenceSnapshot.Hash(desired);
        _ids[key] = stored.EntityId;
        if (desiredHash == currentHash)
        {
            db.ChangeTracker.Clear();
            if (stored.ShippedHash != desiredHash)
            {
                await RememberAsync(key, kind, stored.EntityId, desiredHash, isNew: false, ct);
            }

            Record(key, ReferenceAction.Unchanged, stored.EntityId, null);
        }
        else if (currentHash == stored.ShippedHash)
        {
            await db.SaveChangesAsync(ct);
            await RememberAsync(key, kind, stored.EntityId, desiredHash, isNew: false, ct);
            Record(key, ReferenceAction.Updated, stored.EntityId, string.Join(", ", ReferenceSnapshot.Differences(current, desired)));
        }
        else if (desiredHash == stored.ShippedHash)
        {
            db.ChangeTracker.Clear();
            Record(key, ReferenceAction.KeptEdit, stored.EntityId, "edited after it was shipped; the shipped values have not changed");
        }
        else
        {
            db.ChangeTracker.Clear();
            Record(key, ReferenceAction.Conflict, stored.EntityId,
                $"edited after it was shipped, and the shipped values changed too (in: {string.Join(", ", ReferenceSnapshot.Differences(current, desired))}); not overwritten");
        }
    }

    private async Task RememberAsync(string key, ReferenceKind kind, int id, string hash, bool isNew, CancellationToken ct)
    {
        _ids[key] = id;
        db.ChangeTracker.Clear();
        if (isNew)
        {
            db.Add(new ReferenceKey { Key = key, Kind = kind, EntityId = id, ShippedHash = hash, AppliedAt = _now });
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        else
        {
            await db.Set<ReferenceKey>().Where(k => k.Key == key)
                .ExecuteUpdateAsync(set => set.SetProperty(k => k.ShippedHash, hash).SetProperty(k => k.AppliedAt, _now), ct);
        }
    }

    private void Record(string key, ReferenceAction action, int? id, string? detail) => _changes.Add(new ReferenceChange(key, action, id, detail));

    private int IdOf(string key, string owner) =>
        _ids.TryGetValue(key, out var id) ? id
            : throw new InvalidOperationException($"{owner} refers to {key}, which is not in the database (see the conflicts above).");

    private void Publish(IPublishable record)
    {
        record.Status = PublicationStatus.Published;
        record.DeletedAt = null;
        record.PublishedAt ??= _now;
    }

    private void Apply(EvidenceRecord record, ReferenceEvidence shipped)
    {
        var owner = $"Evidence {shipped.Key}";
        record.StrikeId = IdOf(shipped.Strike, owner);
        record.Component = shipped.Component;
        record.Markings = shipped.Markings;
        record.Serials = shipped.Serials;
        record.Characters = shipped.Characters;
        record.FoundAt = shipped.FoundAt;
        record.FoundOn = shipped.FoundOn;
        // A body (the UN panel) is no official: its name is the examiner in words.
        var examiner = shipped.Examiner is { } key ? _speakers[key] : null;
        record.ExaminerId = examiner is { Kind: ReferenceSpeakerKind.Person } ? IdOf(examiner.Key, owner) : null;
        record.ExaminedBy = shipped.ExaminedBy ?? (examiner is { Kind: ReferenceSpeakerKind.Body } ? examiner.Name : null);
        record.ExaminedWhen = shipped.ExaminedWhen;
        record.Finding = shipped.Finding;
        Publish(record);
        var reportIds = shipped.Reports.Select(r => IdOf(r, owner)).ToList();
        record.Reports.RemoveAll(r => !reportIds.Contains(r.ReportId));
        record.Reports.AddRange(reportIds.Where(id => record.Reports.All(r => r.ReportId != id)).Select(id => new EvidenceReport { EvidenceRecord = record, ReportId = id }));
    }

    private static void Apply(Official official, ReferenceOfficial shipped)
    {
        official.Name = shipped.Name;
        official.OtherNames = shipped.OtherNames;
        official.Role = shipped.Role;
        official.Organisation = shipped.Organisation;
        official.Country = shipped.Country;
    }

    private void Apply(Report report, ReferenceReport shipped, Uri? url)
    {
        report.Url = url;
        report.Outlet = shipped.Outlet;
        report.Title = ReferenceTitles.Of(shipped);
        report.Byline = shipped.Byline;
        report.PublishedOn = shipped.PublishedOn;
        report.Language = shipped.Language;
        report.Cites = shipped.Cites;
        Publish(report);
    }

    private async Task ApplyAsync(Strike strike, ReferenceStrike shipped, CancellationToken ct)
    {
        strike.OccurredOn = shipped.Window.Start;
        strike.DatePrecision = shipped.Window.Precision;
        strike.TimeOfDay = shipped.Window.StartTime;
        strike.EndsOn = shipped.Window.End;
        strike.EndTime = shipped.Window.EndTime;
        strike.DateNote = shipped.Window.Note;
        strike.Settlement = shipped.Place.Settlement;
        strike.District = shipped.Place.District;
        strike.Oblast = shipped.Place.Oblast;
        strike.LocationPrecision = shipped.Place.Precision;
        strike.OriginCountry = "KP";
        strike.OriginStatus = shipped.OriginStatus;
        strike.WeaponId = _weapons.TryGetValue(shipped.Weapon, out var weapon) ? weapon
            : throw new InvalidOperationException($"{shipped.Key}: no weapon {shipped.Weapon} in the catalogue.");
        strike.MissilesLaunchedFigure = ReferenceMapping.FigureOf(shipped.MissilesLaunched);
        strike.MissilesInterceptedFigure = ReferenceMapping.FigureOf(shipped.MissilesIntercepted);
        strike.KilledFigure = ReferenceMapping.FigureOf(shipped.Killed);
        strike.InjuredFigure = ReferenceMapping.FigureOf(shipped.Injured);
        strike.Summary = shipped.Summary;
        // Shipped strikes stand alone: a reviewer's merge, like an unpublish, is an edit the comparison must see.
        strike.MergedIntoId = null;
        Publish(strike);

        var reportIds = shipped.Reports.Select(k => IdOf(k, shipped.Key)).ToHashSet();
        strike.Reports.RemoveAll(r => !reportIds.Contains(r.ReportId));
        foreach (var id in reportIds.Where(id => strike.Reports.All(r => r.ReportId != id)))
        {
            strike.Reports.Add(new StrikeReport { Strike = strike, ReportId = id });
        }

        // The main place at position 0 with the strike's precision, then the further places; coordinates are the main place's
        // centre when the strike is known to its settlement or district (as the strike editor sets them), otherwise none.
        var places = new List<(Place Place, int Position, LocationPrecision Precision)>();
        strike.Latitude = null;
        strike.Longitude = null;
        if (shipped.Place.GazetteerKey is { } mainKey)
        {
            var main = await PlaceAsync(mainKey, shipped.Place.GazetteerName, shipped.Key, ct);
            places.Add((main, 0, shipped.Place.Precision));
            if (shipped.Place.Precision is LocationPrecision.Settlement or LocationPrecision.District)
            {
                strike.Latitude = main.Latitude;
                strike.Longitude = main.Longitude;
            }
        }

        foreach (var (other, index) in (shipped.OtherPlaces ?? []).Select((p, i) => (p, i)))
        {
            places.Add((await PlaceAsync(other.GazetteerKey, other.GazetteerName, shipped.Key, ct), index + 1, other.Precision));
        }

        strike.Places.RemoveAll(link => !places.Any(p => Same(link, p.Place)));
        foreach (var (place, position, precision) in places)
        {
            if (strike.Places.FirstOrDefault(link => Same(link, place)) is { } kept)
            {
                kept.Position = position;
                kept.Precision = precision;
            }
            else
            {
                strike.Places.Add(new StrikePlace { Strike = strike, Place = place, PlaceId = place.Id, Position = position, Precision = precision });
            }
        }
    }

    private static bool Same(StrikePlace link, Place place) => link.Place == place || (place.Id != 0 && link.PlaceId == place.Id);

    private async Task<Place> PlaceAsync(string gazetteerKey, string? expectedName, string owner, CancellationToken ct)
    {
        var place = await new PlaceStore(db, gazetteer).FromGazetteerAsync(gazetteerKey, ct)
            ?? throw new InvalidOperationException($"{owner}: the gazetteer has no place {gazetteerKey}.");
        return expectedName is null || place.Name == expectedName ? place
            : throw new InvalidOperationException($"{owner}: gazetteer place {gazetteerKey} is {place.Name}, not {expectedName}.");
    }

    private void Apply(Statement statement, ReferenceStatement shipped)
    {
        if (shipped.Speaker is { } key)
        {
            var speaker = _speakers.GetValueOrDefault(key) ?? throw new InvalidOperationException($"{shipped.Key}: no official or body {key}.");
            // A body speaks without a named person: it is the statement's organisation, with no official.
            statement.OfficialId = speaker.Kind == ReferenceSpeakerKind.Person ? IdOf(key, shipped.Key) : null;
            statement.Organisation = shipped.Organisation ?? speaker.Organisation;
        }
        else
        {
            statement.OfficialId = null;
            statement.Organisation = shipped.Organisation ?? throw new InvalidOperationException($"{shipped.Key} names neither a speaker nor an organisation.");
        }

        statement.StatedOn = shipped.StatedOn;
        statement.StatedAt = shipped.StatedAt;
        statement.StatedOnNote = shipped.StatedOnNote;
        statement.IsPreliminary = shipped.Preliminary;
        statement.NoReportReason = shipped.NoReportReason;
        statement.Quote = shipped.Quote;
        statement.QuoteKind = shipped.QuoteKind;
        ReferenceMapping.ApplyClaim(statement, shipped.Claim);
        Publish(statement);

        var reportIds = shipped.Reports.Select(k => IdOf(k, shipped.Key)).ToHashSet();
        statement.Reports.RemoveAll(r => !reportIds.Contains(r.ReportId));
        foreach (var id in reportIds.Where(id => statement.Reports.All(r => r.ReportId != id)))
        {
            statement.Reports.Add(new StatementReport { Statement = statement, ReportId = id });
        }

        var strikes = (shipped.Strikes ?? []).ToDictionary(s => IdOf(s.Strike, shipped.Key));
        statement.Strikes.RemoveAll(link => !strikes.ContainsKey(link.StrikeId));
        foreach (var (strikeId, figures) in strikes)
        {
            var link = statement.Strikes.FirstOrDefault(l => l.StrikeId == strikeId);
            if (link is null)
            {
                link = new StatementStrike { Statement = statement, StrikeId = strikeId };
                statement.Strikes.Add(link);
            }

            ReferenceMapping.ApplyFigures(link, figures, _weapons, shipped.Key);
        }
    }
}
