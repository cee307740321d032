using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Editing;
using MissileTracker.Web.History;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Statements;

namespace MissileTracker.Web.Strikes;

/// <summary>
/// Merges a strike entered twice into the one that stays (the survivor): its statements, reports and places
/// move to the survivor, it becomes a tombstone pointing at it (its id answers 301 to the survivor), and both
/// histories record the merge. One save, so one transaction: nothing is half moved. Reviewers only; callers
/// enforce the role.
/// </summary>
public sealed class StrikeMerger(TrackerDbContext db, TimeProvider clock)
{
    public async Task<EditResult<Strike>> MergeAsync(int id, int? into, EditingUser reviewer, CancellationToken ct)
    {
        var merged = await WithEvidence(db.Strikes.StaffView()).SingleOrDefaultAsync(s => s.Id == id, ct);
        if (merged is null)
        {
            return new EditResult<Strike>.NotFound();
        }

        var errors = new Dictionary<string, string[]>();
        if (reviewer.Reason is null)
        {
            errors["reason"] = ["Say why these are the same strike (shown in both histories)."];
        }
        else if (TextCharacters.Problem(reviewer.Reason, multiLine: true) is { } problem)
        {
            errors["reason"] = [problem];
        }

        Strike? survivor = null;
        if (into is not { } intoId)
        {
            errors["into"] = ["Give the id of the strike to merge into."];
        }
        else if (intoId == id)
        {
            errors["into"] = ["A strike cannot be merged into itself."];
        }
        else
        {
            survivor = await WithEvidence(db.Strikes.IgnoreQueryFilters()).SingleOrDefaultAsync(s => s.Id == intoId, ct);
            if (survivor?.MergedIntoId is { } next)
            {
                errors["into"] = [$"Strike {intoId} was merged into strike {next}; merge into that one."];
            }
            else if (survivor is { DeletedAt: not null })
            {
                errors["into"] = [$"Strike {intoId} is deleted; restore it first or choose another strike."];
            }
            else if (survivor is null)
            {
                errors["into"] = [$"There is no strike with id {intoId}."];
            }
        }

        if (errors.Count > 0)
        {
            return new EditResult<Strike>.Invalid(errors);
        }

        Move(merged, survivor!);

        // Strikes merged into this one earlier now point straight at the survivor: one 301, never a chain.
        foreach (var earlier in await db.Strikes.IgnoreQueryFilters().Where(s => s.MergedIntoId == id).ToListAsync(ct))
        {
            earlier.MergedIntoId = survivor!.Id;
        }

        merged.MergedIntoId = survivor!.Id;
        merged.DeletedAt = clock.GetUtcNow().UtcDateTime;
        // The survivor's evidence changed: mirrors syncing by updatedSince must fetch it again.
        db.Entry(survivor).Property(s => s.UpdatedAt).IsModified = true;
        db.ChangeLog.Add(new ChangeLogEntry
        {
            EntityType = nameof(Strike),
            EntityId = survivor.Id,
            Action = ChangeAction.Merged,
            At = clock.GetUtcNow().UtcDateTime,
            ChangedBy = reviewer.UserName,
            Reason = reviewer.Reason,
            IsPublic = IsPublic(survivor) || IsPublic(merged),
            Changes = [new FieldChange("mergedFrom", null, id.ToString(System.Globalization.CultureInfo.InvariantCulture))],
        });

        db.Author = reviewer.Author;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new EditResult<Strike>.Conflict(merged.Version, "One of the two strikes was changed while merging; reload both and merge again.");
        }

        return new EditResult<Strike>.Done(survivor);
    }

    private static IQueryable<Strike> WithEvidence(IQueryable<Strike> strikes) =>
        strikes.Include(s => s.Statements).ThenInclude(x => x.Statement)
            .Include(s => s.Statements).ThenInclude(x => x.WeaponTypes)
            .Include(s => s.Reports).ThenInclude(x => x.Report)
            .Include(s => s.Places)
            .AsSplitQuery();

    /// <summary>
    /// Statements, reports and places move across; a link the survivor already has is dropped, not doubled
    /// (the survivor keeps its own figures from that statement). Moving is unlinking and linking again, so the
    /// change log records each link on both strikes.
    /// </summary>
    private void Move(Strike merged, Strike survivor)
    {
        foreach (var link in merged.Statements.ToList())
        {
            merged.Statements.Remove(link);
            if (survivor.Statements.All(x => x.StatementId != link.StatementId))
            {
                // Every scalar the statement gave for the strike (figures, qualifiers, its own words) comes along.
                var moved = (StatementStrike)db.Entry(link).CurrentValues.Clone().ToObject();
                moved.StrikeId = survivor.Id;
                moved.Strike = survivor;
                moved.Statement = link.Statement;
                // The weapon set the statement gave for the strike is rows of its own: they move with the link.
                moved.WeaponTypes.AddRange(link.WeaponTypes.Select(w => new StatementStrikeWeapon { StatementId = w.StatementId, StrikeId = survivor.Id, WeaponId = w.WeaponId }));
                survivor.Statements.Add(moved);
            }
        }

        foreach (var link in merged.Reports.ToList())
        {
            merged.Reports.Remove(link);
            if (survivor.Reports.All(x => x.ReportId != link.ReportId))
            {
                survivor.Reports.Add(new StrikeReport { Strike = survivor, StrikeId = survivor.Id, Report = link.Report, ReportId = link.ReportId });
            }
        }

        var position = survivor.Places.Count == 0 ? 1 : survivor.Places.Max(p => p.Position) + 1;
        foreach (var link in merged.Places.OrderBy(p => p.Position).ToList())
        {
            merged.Places.Remove(link);
            if (survivor.Places.All(x => x.PlaceId != link.PlaceId))
            {
                survivor.Places.Add(new StrikePlace { Strike = survivor, StrikeId = survivor.Id, PlaceId = link.PlaceId, Position = position++, Precision = link.Precision });
            }
        }
    }

    private static bool IsPublic(Strike strike) => strike is { Status: PublicationStatus.Published, DeletedAt: null };
}
