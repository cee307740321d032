using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;

namespace MissileTracker.Web.History;

/// <summary>One change as shown on a record's History section and in the API.</summary>
/// <param name="Action">Created, Updated, Published, Unpublished, Deleted, Restored, Linked, Unlinked or Merged.</param>
/// <param name="At">When (UTC).</param>
/// <param name="ChangedBy">The account that made the change; "staff" for the public, so accounts are not exposed.</param>
/// <param name="Reason">The reason given, if any.</param>
/// <param name="Changes">Fields that changed, from what to what.</param>
public sealed record HistoryEntry(ChangeAction Action, DateTime At, string ChangedBy, string? Reason, IReadOnlyList<FieldChange> Changes);

public static class ChangeHistory
{
    /// <summary>
    /// A record's changes, newest first. The public sees changes that concerned published
    /// content; staff see every change and who made it.
    /// </summary>
    public static async Task<IReadOnlyList<HistoryEntry>> HistoryOfAsync(this TrackerDbContext db, string entityType, int id, bool staff, CancellationToken ct)
    {
        var entries = await db.ChangeLog.AsNoTracking()
            .Where(e => e.EntityType == entityType && e.EntityId == id && (staff || e.IsPublic))
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .ToListAsync(ct);
        return Entries(entries, staff);
    }

    /// <summary>Read change log entries as the public (accounts shown as "staff") or staff see them.</summary>
    internal static IReadOnlyList<HistoryEntry> Entries(IEnumerable<ChangeLogEntry> entries, bool staff) =>
        entries.Select(e => new HistoryEntry(e.Action, e.At, staff || e.ChangedBy == ChangeAuthor.System.UserName ? e.ChangedBy : "staff", e.Reason, e.Changes)).ToList();
}
