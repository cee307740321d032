using System.Globalization;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;

namespace MissileTracker.Web.History;

/// <summary>
/// Rebuilds records as they stood at an earlier time by undoing, newest first, the change log entries made after it:
/// each field change puts back its <see cref="FieldChange.From"/>, each link or unlink is reversed. The change log
/// records every field a save changed (and every non-empty field of a new record), so undoing is exact for them; what it
/// does not record (times of day a record was touched, a link's own extras) keeps its current value.
/// </summary>
public static class ChangeReplay
{
    /// <summary>The entries of these records made after <paramref name="asOf"/>, newest first, by record id.</summary>
    public static async Task<ILookup<int, ChangeLogEntry>> ChangesAfterAsync(this TrackerDbContext db, string entityType, IReadOnlyCollection<int> ids,
        DateTime asOf, CancellationToken ct) =>
        (await db.ChangeLog.AsNoTracking()
            .Where(e => e.EntityType == entityType && EF.Parameter(ids).Contains(e.EntityId) && e.At > asOf)
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .ToListAsync(ct))
        .ToLookup(e => e.EntityId);

    /// <summary>
    /// Undoes <paramref name="newestFirst"/> on <paramref name="record"/> (an untracked copy): its own fields, and the fields
    /// named <c>{prefix}.{field}</c> on <paramref name="part"/> when given (a statement's figures for one strike are logged as
    /// <c>strikes[7].killed</c>). False when the record was created after the time, so did not exist then.
    /// </summary>
    public static bool Rewind(object record, IEnumerable<ChangeLogEntry> newestFirst, object? part = null, string? prefix = null)
    {
        foreach (var entry in newestFirst)
        {
            if (entry.Action == ChangeAction.Created)
            {
                return false;
            }

            foreach (var change in entry.Changes)
            {
                if (part is not null && prefix is not null && change.Field.StartsWith(prefix + ".", StringComparison.Ordinal))
                {
                    Set(part, change.Field[(prefix.Length + 1)..], change.From);
                }
                else if (entry.Action is not (ChangeAction.Linked or ChangeAction.Unlinked))
                {
                    Set(record, change.Field, change.From);
                }
            }
        }

        return true;
    }

    /// <summary>The ids linked through <paramref name="field"/> at the time: today's, less those linked since, plus those unlinked since.</summary>
    public static HashSet<int> RewindLinks(IEnumerable<int> current, IEnumerable<ChangeLogEntry> newestFirst, string field)
    {
        var ids = current.ToHashSet();
        foreach (var entry in newestFirst.Where(e => e.Action is ChangeAction.Linked or ChangeAction.Unlinked))
        {
            foreach (var change in entry.Changes.Where(c => c.Field == field))
            {
                if (entry.Action == ChangeAction.Linked && int.TryParse(change.To, CultureInfo.InvariantCulture, out var linked))
                {
                    ids.Remove(linked);
                }
                else if (int.TryParse(change.From, CultureInfo.InvariantCulture, out var unlinked))
                {
                    ids.Add(unlinked);
                }
            }
        }

        return ids;
    }

    private static void Set(object target, string field, string? text)
    {
        var property = target.GetType().GetProperty(char.ToUpperInvariant(field[0]) + field[1..], BindingFlags.Public | BindingFlags.Instance);
        if (property is not { CanWrite: true })
        {
            return;
        }

        property.SetValue(target, Parse(text, property.PropertyType));
    }

    /// <summary>Reads a value back from the text <see cref="ChangeRecorder"/> wrote for it.</summary>
    private static object? Parse(string? text, Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (text is null)
        {
            return underlying is not null || !type.IsValueType ? null : Activator.CreateInstance(type);
        }

        var target = underlying ?? type;
        var c = CultureInfo.InvariantCulture;
        return target switch
        {
            _ when target == typeof(string) => text,
            _ when target.IsEnum => Enum.Parse(target, text),
            _ when target == typeof(DateOnly) => DateOnly.ParseExact(text, "yyyy-MM-dd", c),
            _ when target == typeof(TimeOnly) => TimeOnly.ParseExact(text, "HH:mm", c),
            _ when target == typeof(DateTime) => DateTime.ParseExact(text, "yyyy-MM-dd'T'HH:mm:ss'Z'", c, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
            _ when target == typeof(Uri) => new Uri(text),
            _ when target == typeof(bool) => bool.Parse(text),
            _ => Convert.ChangeType(text, target, c),
        };
    }
}
