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

    private async Task<EditResult<T>> ApplyAsync<T>(DbSet<T> set, int id, PublicationAction action, EditingUser reviewer, CancellationToken ct)
        where T : class, IPublishable
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

        db.Author = reviewer.Author;
        await db.SaveChangesAsync(ct);
        return new EditResult<T>.Done(record);
    }
}
