using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Reports;
using MissileTracker.Web.Statements;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.Publishing;

/// <summary>
/// Publish, unpublish, delete (soft: a tombstone keeps the id reserved) and restore strikes,
/// statements and reports. Reviewers only; callers enforce the role.
/// </summary>
public sealed class PublishingService(TrackerDbContext db)
{
    public Task<EditResult<Strike>> ApplyToStrikeAsync(int id, PublicationAction action, EditingUser reviewer, CancellationToken ct) =>
        ApplyAsync(db.Strikes, id, action, reviewer, ct);

    public Task<EditResult<Statement>> ApplyToStatementAsync(int id, PublicationAction action, EditingUser reviewer, CancellationToken ct) =>
        ApplyAsync(db.Statements, id, action, reviewer, ct);

    public Task<EditResult<Report>> ApplyToReportAsync(int id, PublicationAction action, EditingUser reviewer, CancellationToken ct) =>
        ApplyAsync(db.Reports, id, action, reviewer, ct);

    /// <summary>A physical evidence record: published, it shows on its strike's page and in the evidence API.</summary>
    public Task<EditResult<Evidence.EvidenceRecord>> ApplyToEvidenceAsync(int id, PublicationAction action, EditingUser reviewer, CancellationToken ct) =>
        ApplyAsync(db.EvidenceRecords, id, action, reviewer, ct);

    /// <summary>Editor-added places are reviewed like other records: published, they appear on /places/{id} and in the public type-ahead.</summary>
    public Task<EditResult<Places.Place>> ApplyToPlaceAsync(int id, PublicationAction action, EditingUser reviewer, CancellationToken ct) =>
        ApplyAsync(db.Places, id, action, reviewer, ct);

    /// <summary>
    /// Publishes each target in turn, each in its own save (so its own history entries and its own
    /// version check): a record that fails is left exactly as it was and reported, the others go on.
    /// </summary>
    public async Task<IReadOnlyList<PublicationOutcome>> PublishAllAsync(IEnumerable<PublicationTarget> targets, EditingUser reviewer, CancellationToken ct)
    {
        var outcomes = new List<PublicationOutcome>();
        foreach (var target in targets.DistinctBy(t => (t.Kind, t.Id)))
        {
            outcomes.Add(await PublishOneAsync(target, reviewer, ct));
        }

        return outcomes;
    }

    /// <summary>
    /// Publishes a draft strike, then its draft evidence: <paramref name="drafts"/> as the reviewer
    /// saw them, or (null) the strike's draft reports and statements as stored now. When the strike
    /// itself is not published, none of its evidence is, and the strike's failure is the answer.
    /// </summary>
    public async Task<EditResult<IReadOnlyList<PublicationOutcome>>> PublishStrikeWithDraftsAsync(
        int strikeId, int? seenVersion, IReadOnlyList<PublicationTarget>? drafts, EditingUser reviewer, CancellationToken ct)
    {
        drafts ??= await DraftEvidenceOfStrikeAsync(strikeId, ct);
        var strike = await ApplyAsync(db.Strikes, strikeId, PublicationAction.Publish, reviewer, ct, seenVersion);
        db.ChangeTracker.Clear();
        return strike switch
        {
            EditResult<Strike>.Done => new EditResult<IReadOnlyList<PublicationOutcome>>.Done(
                [new PublicationOutcome(nameof(Strike), strikeId, true, ""), .. await PublishAllAsync(drafts, reviewer, ct)]),
            EditResult<Strike>.Invalid invalid => new EditResult<IReadOnlyList<PublicationOutcome>>.Invalid(invalid.Errors),
            EditResult<Strike>.Conflict conflict => new EditResult<IReadOnlyList<PublicationOutcome>>.Conflict(conflict.CurrentVersion, conflict.Detail),
            EditResult<Strike>.Forbidden forbidden => new EditResult<IReadOnlyList<PublicationOutcome>>.Forbidden(forbidden.Detail),
            _ => new EditResult<IReadOnlyList<PublicationOutcome>>.NotFound(),
        };
    }

    /// <summary>
    /// A strike's unpublished evidence: draft reports linked to it, draft statements about it, and
    /// the draft reports those statements cite (publishing a statement without its source would
    /// show a quote with no report). Deleted records are not included.
    /// </summary>
    public async Task<IReadOnlyList<PublicationTarget>> DraftEvidenceOfStrikeAsync(int strikeId, CancellationToken ct)
    {
        var statements = await db.StatementStrikes.IgnoreQueryFilters().AsNoTracking()
            .Where(l => l.StrikeId == strikeId && l.Statement.Status == PublicationStatus.Draft && l.Statement.DeletedAt == null)
            .OrderBy(l => l.StatementId)
            .Select(l => new PublicationTarget(nameof(Statement), l.StatementId, l.Statement.Version)).ToListAsync(ct);
        var statementIds = statements.Select(s => s.Id).ToList();
        var reportIds = db.StrikeReports.IgnoreQueryFilters().Where(l => l.StrikeId == strikeId).Select(l => l.ReportId)
            .Concat(db.StatementReports.IgnoreQueryFilters().Where(l => statementIds.Contains(l.StatementId)).Select(l => l.ReportId));
        var reports = await db.Reports.IgnoreQueryFilters().AsNoTracking()
            .Where(r => reportIds.Contains(r.Id) && r.Status == PublicationStatus.Draft && r.DeletedAt == null)
            .OrderBy(r => r.Id)
            .Select(r => new PublicationTarget(nameof(Report), r.Id, r.Version)).ToListAsync(ct);
        return [.. reports, .. statements];
    }

    private async Task<PublicationOutcome> PublishOneAsync(PublicationTarget target, EditingUser reviewer, CancellationToken ct)
    {
        var detail = target.Kind switch
        {
            nameof(Strike) => Failure(await ApplyAsync(db.Strikes, target.Id, PublicationAction.Publish, reviewer, ct, target.SeenVersion)),
            nameof(Report) => Failure(await ApplyAsync(db.Reports, target.Id, PublicationAction.Publish, reviewer, ct, target.SeenVersion)),
            nameof(Statement) => Failure(await ApplyAsync(db.Statements, target.Id, PublicationAction.Publish, reviewer, ct, target.SeenVersion)),
            _ => "There is no such kind of record.",
        };

        // A failed save leaves its changes tracked; they must not ride along with the next record's save.
        db.ChangeTracker.Clear();
        return new PublicationOutcome(target.Kind, target.Id, detail is null, detail ?? "");
    }

    /// <summary>Why a publication did not happen, in words; null when it did.</summary>
    public static string? Failure<T>(EditResult<T> result) => result switch
    {
        EditResult<T>.Done => null,
        EditResult<T>.Invalid invalid => string.Join(" ", invalid.Errors.Values.SelectMany(v => v)),
        EditResult<T>.NotFound => "There is no such record.",
        EditResult<T>.Conflict conflict => conflict.Detail,
        EditResult<T>.Forbidden forbidden => forbidden.Detail,
        _ => "Not published.",
    };

    /// <summary>
    /// Evidence appearing or disappearing changes what the public sees of its strikes, so their
    /// UpdatedAt moves on and mirrors syncing by <c>updatedSince</c> fetch them again.
    /// </summary>
    private async Task TouchStrikesAsync(IPublishable record, CancellationToken ct)
    {
        var strikeIds = record switch
        {
            Statement statement => await db.StatementStrikes.IgnoreQueryFilters().Where(x => x.StatementId == statement.Id).Select(x => x.StrikeId).ToListAsync(ct),
            Report report => await db.StrikeReports.IgnoreQueryFilters().Where(x => x.ReportId == report.Id).Select(x => x.StrikeId).ToListAsync(ct),
            Evidence.EvidenceRecord evidence => [evidence.StrikeId],
            _ => [],
        };
        foreach (var strike in await db.Strikes.IgnoreQueryFilters().Where(s => strikeIds.Contains(s.Id)).ToListAsync(ct))
        {
            db.Entry(strike).Property(s => s.UpdatedAt).IsModified = true;
        }
    }

    private static async Task<int> CurrentVersionAsync<T>(DbSet<T> set, int id, CancellationToken ct)
        where T : class, IPublishable, IVersioned =>
        await set.IgnoreQueryFilters().AsNoTracking().Where(r => r.Id == id).Select(r => r.Version).SingleAsync(ct);

    private async Task<EditResult<T>> ApplyAsync<T>(DbSet<T> set, int id, PublicationAction action, EditingUser reviewer, CancellationToken ct, int? seenVersion = null)
        where T : class, IPublishable, IVersioned
    {
        if (!reviewer.IsReviewer)
        {
            return new EditResult<T>.Forbidden("Only a reviewer can publish, unpublish, delete or restore.");
        }

        var record = await set.IgnoreQueryFilters().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (record is null)
        {
            return new EditResult<T>.NotFound();
        }

        // Publishing what the reviewer did not see would publish an unreviewed change.
        if (seenVersion is { } seen && seen != record.Version)
        {
            return new EditResult<T>.Conflict(record.Version,
                $"It was changed after you looked at it (version {record.Version}, you saw {seen}); review it again.");
        }

        var now = DateTime.UtcNow;
        var problem = (action, record) switch
        {
            (PublicationAction.Restore, { DeletedAt: null }) => "It is not deleted.",
            // A merged strike's evidence now belongs to the survivor: restoring the empty tombstone would show a strike with none.
            (PublicationAction.Restore, Strike { MergedIntoId: { } survivor }) => $"It was merged into strike {survivor}; its evidence is there.",
            (not PublicationAction.Restore, { DeletedAt: not null }) => "It is deleted; restore it first.",
            (PublicationAction.Publish, { Status: PublicationStatus.Published }) => "It is already published.",
            (PublicationAction.Unpublish, { Status: PublicationStatus.Draft }) => "It is not published.",
            _ => null,
        };
        if (problem is not null)
        {
            return new EditResult<T>.Invalid(new Dictionary<string, string[]> { ["action"] = [problem] });
        }

        switch (action)
        {
            case PublicationAction.Publish:
                record.Status = PublicationStatus.Published;
                record.PublishedAt = now;
                record.UnpublishedAt = null;
                break;
            case PublicationAction.Unpublish:
                record.Status = PublicationStatus.Draft;
                record.UnpublishedAt = now;
                break;
            case PublicationAction.Delete:
                record.DeletedAt = now;
                break;
            case PublicationAction.Restore:
                record.DeletedAt = null;
                break;
        }

        await TouchStrikesAsync(record, ct);
        db.Author = reviewer.Author;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new EditResult<T>.Conflict(await CurrentVersionAsync(set, id, ct),
                "Someone else changed this record at the same moment; reload and try again.");
        }

        return new EditResult<T>.Done(record);
    }
}
