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

    /// <summary>Editor-added places are reviewed like other records: published, they appear on /places/{id} and in the public type-ahead.</summary>
    public Task<EditResult<Places.Place>> ApplyToPlaceAsync(int id, PublicationAction action, EditingUser reviewer, CancellationToken ct) =>
        ApplyAsync(db.Places, id, action, reviewer, ct);

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

    private async Task<EditResult<T>> ApplyAsync<T>(DbSet<T> set, int id, PublicationAction action, EditingUser reviewer, CancellationToken ct)
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

        var now = DateTime.UtcNow;
        var problem = (action, record) switch
        {
            (PublicationAction.Restore, { DeletedAt: null }) => "It is not deleted.",
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
