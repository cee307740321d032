using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using MissileTracker.Web.AirForce;
using MissileTracker.Web.Data;
using MissileTracker.Web.Evidence;
using MissileTracker.Web.Officials;
using MissileTracker.Web.Places;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Reports;
using MissileTracker.Web.Sources;
using MissileTracker.Web.Statements;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.History;

/// <summary>
/// Turns the change tracker's pending changes into change log entries. Collected before the
/// save (when original values are still known) and completed after it (when new ids are).
/// </summary>
internal static class ChangeRecorder
{
    private static readonly HashSet<string> Bookkeeping =
    [
        nameof(ITimestamped.CreatedAt), nameof(ITimestamped.UpdatedAt), nameof(IVersioned.Version), "Id",
    ];

    public sealed record Pending(Func<ChangeLogEntry> Complete);

    public static List<Pending> Collect(ChangeTracker tracker, ChangeAuthor author, DateTime now)
    {
        var pending = new List<Pending>();
        foreach (var entry in tracker.Entries().ToList())
        {
            switch (entry.Entity)
            {
                case Strike or Statement or Report or Official or EvidenceRecord when entry.State is EntityState.Added or EntityState.Modified:
                    if (Describe(entry, author, now) is { } change)
                    {
                        pending.Add(change);
                    }

                    break;
                // An editor-added place is reviewed like other records, so its creation, edits and publication are logged;
                // a shipped gazetteer place stored the first time a strike names it is reference data, not an edit.
                case Place { EditorAdded: true } when entry.State is EntityState.Added or EntityState.Modified:
                    if (Describe(entry, author, now) is { } placeChange)
                    {
                        pending.Add(placeChange);
                    }

                    break;
                case StrikeReport link when entry.State is EntityState.Added or EntityState.Deleted:
                    pending.Add(Link(entry, author, now, "Strike", () => link.StrikeId, IsPublic(link.Strike) && IsPublic(link.Report), "report", () => link.ReportId));
                    pending.Add(Link(entry, author, now, "Report", () => link.ReportId, IsPublic(link.Report) && IsPublic(link.Strike), "strike", () => link.StrikeId));
                    break;
                case StrikePlace link when entry.State is EntityState.Added or EntityState.Deleted:
                    pending.Add(Link(entry, author, now, "Strike", () => link.StrikeId, IsPublic(link.Strike), "place", () => link.PlaceId));
                    break;
                case StatementStrike figures when entry.State is EntityState.Modified:
                    if (Figures(entry, figures, author, now) is { } changed)
                    {
                        pending.Add(changed);
                    }

                    break;
                case StatementStrike link when entry.State is EntityState.Added or EntityState.Deleted:
                    pending.Add(Link(entry, author, now, "Strike", () => link.StrikeId, IsPublic(link.Strike) && IsPublic(link.Statement), "statement", () => link.StatementId));
                    pending.Add(Link(entry, author, now, "Statement", () => link.StatementId, IsPublic(link.Statement) && IsPublic(link.Strike), "strike", () => link.StrikeId));
                    break;
                case EvidenceReport link when entry.State is EntityState.Added or EntityState.Deleted:
                    pending.Add(Link(entry, author, now, nameof(EvidenceRecord), () => link.EvidenceRecordId, IsPublic(link.EvidenceRecord) && IsPublic(link.Report), "report", () => link.ReportId));
                    break;
                // Files kept as evidence are part of the record: who attached which bytes, and when, is history too.
                case ReportSnapshot snapshot when entry.State is EntityState.Added or EntityState.Deleted:
                    pending.Add(File(entry, author, now, nameof(Report), () => snapshot.ReportId, IsPublic(snapshot.Report), "snapshot",
                        $"{snapshot.Sha256} ({snapshot.Origin.ToString().ToLowerInvariant()}, {snapshot.MediaType})"));
                    break;
                case EvidencePhoto photo when entry.State is EntityState.Added or EntityState.Deleted:
                    pending.Add(File(entry, author, now, nameof(EvidenceRecord), () => photo.EvidenceRecordId, IsPublic(photo.EvidenceRecord), "photo",
                        $"{photo.Sha256} ({photo.MediaType})"));
                    break;
                case CustodyEvent when entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted:
                    if (ClaimRow(entry, author, now) is { } custodyChange)
                    {
                        pending.Add(custodyChange);
                    }

                    break;
                case ClaimFigure or ClaimRegion when entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted:
                    if (ClaimRow(entry, author, now) is { } claimChange)
                    {
                        pending.Add(claimChange);
                    }

                    break;
                // A statement's weapon set for a strike: a catalogue type linked to or unlinked from the statement.
                case StatementStrikeWeapon type when entry.State is EntityState.Added or EntityState.Deleted:
                    pending.Add(Link(entry, author, now, "Statement", () => type.StatementId,
                        IsPublic(type.StatementStrike?.Statement) && IsPublic(type.StatementStrike?.Strike), "weaponType", () => type.WeaponId));
                    break;
                // An editor's decision on an Air Force candidate, recorded on the strike: "airForceRows[7]": (none) → Confirmed.
                case AirForceLink decision when entry.State is EntityState.Added or EntityState.Modified:
                    pending.Add(AirForceDecision(entry, decision, author, now));
                    break;
                case StatementReport link when entry.State is EntityState.Added or EntityState.Deleted:
                    pending.Add(Link(entry, author, now, "Statement", () => link.StatementId, IsPublic(link.Statement) && IsPublic(link.Report), "report", () => link.ReportId));
                    pending.Add(Link(entry, author, now, "Report", () => link.ReportId, IsPublic(link.Report) && IsPublic(link.Statement), "statement", () => link.StatementId));
                    break;
            }
        }

        return pending;
    }

    private static Pending? Describe(EntityEntry entry, ChangeAuthor author, DateTime now)
    {
        var type = entry.Metadata.ClrType.Name;
        var added = entry.State == EntityState.Added;
        var changes = entry.Properties
            .Where(p => !Bookkeeping.Contains(p.Metadata.Name) && !p.Metadata.IsShadowProperty())
            .Where(p => added ? p.CurrentValue is not null : p.IsModified && !Equals(p.OriginalValue, p.CurrentValue))
            .Select(p => new FieldChange(Camel(p.Metadata.Name), added ? null : Text(p.OriginalValue), Text(p.CurrentValue)))
            .ToList();
        if (!added && changes.Count == 0)
        {
            return null;
        }

        var (action, wasPublic, isPublic) = Classify(entry, added);
        if (entry.Entity is Strike { MergedIntoId: not null } && !added && entry.Property(nameof(Strike.MergedIntoId)).OriginalValue is null)
        {
            // The strike was merged into another and is now a tombstone: a merge, not a plain deletion.
            action = ChangeAction.Merged;
        }

        var entity = entry.Entity;
        return new Pending(() => new ChangeLogEntry
        {
            EntityType = type,
            EntityId = (int)entry.Property("Id").CurrentValue!,
            Action = action,
            At = now,
            ChangedBy = author.UserName,
            Reason = author.Reason,
            IsPublic = wasPublic || isPublic || entity is Official,
            Changes = changes,
        });
    }

    private static (ChangeAction Action, bool WasPublic, bool IsPublic) Classify(EntityEntry entry, bool added)
    {
        if (entry.Entity is not IPublishable record)
        {
            return (added ? ChangeAction.Created : ChangeAction.Updated, false, false);
        }

        var status = entry.Property(nameof(IPublishable.Status));
        var deleted = entry.Property(nameof(IPublishable.DeletedAt));
        var isPublic = record.Status == PublicationStatus.Published && record.DeletedAt is null;
        if (added)
        {
            return (ChangeAction.Created, false, isPublic);
        }

        var wasPublished = (PublicationStatus)status.OriginalValue! == PublicationStatus.Published;
        var wasDeleted = deleted.OriginalValue is not null;
        var wasPublic = wasPublished && !wasDeleted;
        var action = (wasDeleted, record.DeletedAt is not null, wasPublished, record.Status == PublicationStatus.Published) switch
        {
            (false, true, _, _) => ChangeAction.Deleted,
            (true, false, _, _) => ChangeAction.Restored,
            (_, _, false, true) => ChangeAction.Published,
            (_, _, true, false) => ChangeAction.Unpublished,
            _ => ChangeAction.Updated,
        };
        return (action, wasPublic || (action is ChangeAction.Deleted or ChangeAction.Restored && wasPublished), isPublic);
    }

    /// <summary>A source's figures for one strike changed: recorded on the statement, field by field.</summary>
    private static Pending? Figures(EntityEntry entry, StatementStrike figures, ChangeAuthor author, DateTime now)
    {
        var changes = entry.Properties
            .Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue) && !p.Metadata.IsKey() && !p.Metadata.IsForeignKey())
            .Select(p => new FieldChange($"strikes[{figures.StrikeId}].{Camel(p.Metadata.Name)}", Text(p.OriginalValue), Text(p.CurrentValue)))
            .ToList();
        if (changes.Count == 0)
        {
            return null;
        }

        var isPublic = IsPublic(figures.Statement) && IsPublic(figures.Strike);
        return new Pending(() => new ChangeLogEntry
        {
            EntityType = nameof(Statement),
            EntityId = figures.StatementId,
            Action = ChangeAction.Updated,
            At = now,
            ChangedBy = author.UserName,
            Reason = author.Reason,
            IsPublic = isPublic,
            Changes = changes,
        });
    }

    /// <summary>
    /// A claim's figure or region, or an evidence record's custody step, added, changed or removed: recorded on its owner
    /// as "figures[1].value", "custody[2].holder" and the like.
    /// </summary>
    private static Pending? ClaimRow(EntityEntry entry, ChangeAuthor author, DateTime now)
    {
        var (list, statement, ownerType, ownerKey) = entry.Entity switch
        {
            ClaimFigure f => ("figures", (IPublishable?)f.Statement, nameof(Statement), "StatementId"),
            ClaimRegion r => ("regions", r.Statement, nameof(Statement), "StatementId"),
            CustodyEvent c => ("custody", c.EvidenceRecord, nameof(EvidenceRecord), nameof(CustodyEvent.EvidenceRecordId)),
            _ => throw new ArgumentOutOfRangeException(nameof(entry)),
        };
        var position = Text(entry.Property("Position").OriginalValue ?? entry.Property("Position").CurrentValue);
        var state = entry.State;
        var changes = entry.Properties
            .Where(p => !p.Metadata.IsKey() && !p.Metadata.IsForeignKey() && p.Metadata.Name != "Position")
            .Where(p => state switch
            {
                EntityState.Added => p.CurrentValue is not null,
                EntityState.Deleted => p.OriginalValue is not null,
                _ => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue),
            })
            .Select(p => new FieldChange($"{list}[{position}].{Camel(p.Metadata.Name)}",
                state == EntityState.Added ? null : Text(p.OriginalValue), state == EntityState.Deleted ? null : Text(p.CurrentValue)))
            .ToList();
        if (changes.Count == 0)
        {
            return null;
        }

        var statementId = entry.Property(ownerKey);
        return new Pending(() => new ChangeLogEntry
        {
            EntityType = ownerType,
            EntityId = (int)statementId.CurrentValue!,
            Action = ChangeAction.Updated,
            At = now,
            ChangedBy = author.UserName,
            Reason = author.Reason,
            IsPublic = IsPublic(statement),
            Changes = changes,
        });
    }

    // Navigations may be unloaded (null): such a link is recorded as staff-only.
    private static bool IsPublic(IPublishable? owner) =>
        owner is { Status: PublicationStatus.Published, DeletedAt: null };

    private static Pending Link(EntityEntry entry, ChangeAuthor author, DateTime now, string ownerType, Func<int> ownerId, bool ownerPublic, string field, Func<int> otherId)
    {
        var added = entry.State == EntityState.Added;
        return new Pending(() => new ChangeLogEntry
        {
            EntityType = ownerType,
            EntityId = ownerId(),
            Action = added ? ChangeAction.Linked : ChangeAction.Unlinked,
            At = now,
            ChangedBy = author.UserName,
            Reason = author.Reason,
            IsPublic = ownerPublic,
            Changes = [new FieldChange(field, added ? null : Text(otherId()), added ? Text(otherId()) : null)],
        });
    }

    /// <summary>A file attached to (or removed from) a record, by its SHA-256: logged like a link.</summary>
    private static Pending File(EntityEntry entry, ChangeAuthor author, DateTime now, string ownerType, Func<int> ownerId, bool ownerPublic, string field, string file)
    {
        var added = entry.State == EntityState.Added;
        return new Pending(() => new ChangeLogEntry
        {
            EntityType = ownerType,
            EntityId = ownerId(),
            Action = added ? ChangeAction.Linked : ChangeAction.Unlinked,
            At = now,
            ChangedBy = author.UserName,
            Reason = author.Reason,
            IsPublic = ownerPublic,
            Changes = [new FieldChange(field, added ? null : file, added ? file : null)],
        });
    }

    private static Pending AirForceDecision(EntityEntry entry, AirForceLink decision, ChangeAuthor author, DateTime now)
    {
        var before = entry.State == EntityState.Added ? null : (AirForceLinkDecision?)entry.Property(nameof(AirForceLink.Decision)).OriginalValue;
        var confirmed = decision.Decision == AirForceLinkDecision.Confirmed;
        return new Pending(() => new ChangeLogEntry
        {
            EntityType = nameof(Strike),
            EntityId = decision.StrikeId,
            Action = confirmed ? ChangeAction.Linked : before == AirForceLinkDecision.Confirmed ? ChangeAction.Unlinked : ChangeAction.Updated,
            At = now,
            ChangedBy = author.UserName,
            Reason = author.Reason,
            // Public when the link shows (or showed) on a public strike page.
            IsPublic = IsPublic(decision.Strike) && (confirmed || before == AirForceLinkDecision.Confirmed),
            Changes = [new FieldChange($"airForceRows[{decision.RowId}]", before?.ToString(), decision.Decision.ToString())],
        });
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("HH:mm", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
