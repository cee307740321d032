using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using MissileTracker.Web.Data;
using MissileTracker.Web.Officials;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Strikes;

/// <summary>
/// The public strike list on SQLite, for the filters <see cref="PublicStrikeListSql.Handles"/> accepts: its page, the
/// officials quoted about the page's strikes and the counts of matches, each read by a statement prepared once per pooled
/// connection (<see cref="PreparedReads"/>), into the same entities and summaries EF Core's read gives, so the JSON is
/// the same byte for byte. Why: with its SQL already the raw baseline's, the list spent as much again in EF Core's work
/// per query as in SQLite (docs/performance.md, "Fifth pass"). Other filters, and PostgreSQL, read through EF Core
/// (<see cref="StrikeQueries.ListAsync"/>).
/// </summary>
public sealed class PublicStrikeList(PreparedReads reads)
{
    private readonly ConcurrentDictionary<PublicStrikeListSql.Shape, string> pageTexts = new();
    private readonly ConcurrentDictionary<(PublicStrikeListSql.Shape Shape, bool Limited, bool WithPlaces), string> exportTexts = new();
    private PublicStrikeListSql? sql;

    /// <summary>The page's rows (one more than the page when another follows) and the officials quoted about them, in one snapshot.</summary>
    internal Task<(List<StrikeSummaryRow> Rows, ILookup<int, OfficialRef> Officials)> PageAsync(TrackerDbContext db, StrikeFilter filter, PageRequest page, CancellationToken ct)
    {
        var texts = sql ??= new PublicStrikeListSql(db.Model);
        var text = pageTexts.GetOrAdd(PublicStrikeListSql.ShapeOf(filter, page), texts.PageText);
        return reads.ReadSnapshotAsync(db, async connection =>
        {
            var command = connection.Command(text);
            PublicStrikeListSql.BindFilter(command.Parameters, filter);
            PublicStrikeListSql.BindPage(command.Parameters, filter.Sort, page);
            var rows = new List<StrikeSummaryRow>(page.PageSize + 1);
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                var weaponAt = texts.Strikes.ColumnCount;
                var reportCountAt = weaponAt + texts.Weapons.ColumnCount;
                while (rows.Count <= page.PageSize && await reader.ReadAsync(ct))
                {
                    rows.Add(new StrikeSummaryRow
                    {
                        Strike = texts.Strikes.Read(reader),
                        Weapon = texts.Weapons.Read(reader, weaponAt),
                        ReportCount = reader.GetInt32(reportCountAt),
                    });
                }
            }

            if (rows.Count == 0)
            {
                return (rows, StrikeSummaryRow.ByStrike([]));
            }

            var officials = connection.Command(PublicStrikeListSql.OfficialsText);
            officials.Parameters.AddWithValue("$ids", System.Text.Json.JsonSerializer.Serialize(rows.Select(r => r.Strike.Id)));
            var quoted = new List<(int StrikeId, OfficialRef Official)>();
            await using (var reader = await officials.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    quoted.Add((reader.GetInt32(0), new OfficialRef(reader.GetInt32(1), reader.GetString(2))));
                }
            }

            return (rows, StrikeSummaryRow.ByStrike(quoted));
        });
    }

    /// <summary>
    /// Every matching strike for an export, in the filter's order, read on the context's own connection and in its
    /// transaction (the export's snapshot, <see cref="StrikeQueries.StreamAsync"/>): one statement per export, so it is
    /// not kept prepared. It reads the same rows as <see cref="StrikeExportRead.Of"/> with leaner SQL
    /// (<see cref="PublicStrikeListSql.ExportText"/>).
    /// </summary>
    internal async IAsyncEnumerable<StrikeExportRead> ExportAsync(TrackerDbContext db, StrikeFilter filter, int? limit, bool withPlaces,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var texts = sql ??= new PublicStrikeListSql(db.Model);
        var text = exportTexts.GetOrAdd((PublicStrikeListSql.ShapeOf(filter, null), limit is not null, withPlaces), key => texts.ExportText(key.Shape, key.Limited, key.WithPlaces));
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = (SqliteCommand)db.Database.GetDbConnection().CreateCommand();
            command.CommandText = text;
            command.Transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
            PublicStrikeListSql.BindFilter(command.Parameters, filter);
            PublicStrikeListSql.BindExport(command.Parameters, limit);
            await using var reader = await command.ExecuteReaderAsync(ct);
            var weaponAt = texts.ExportStrikes.ColumnCount;
            while (await reader.ReadAsync(ct))
            {
                yield return new StrikeExportRead
                {
                    Strike = texts.ExportStrikes.Read(reader),
                    WeaponCode = reader.GetString(weaponAt),
                    WeaponName = reader.GetString(weaponAt + 1),
                    OfficialIds = reader.IsDBNull(weaponAt + 2) ? null : reader.GetString(weaponAt + 2),
                    Urls = reader.IsDBNull(weaponAt + 3) ? null : reader.GetString(weaponAt + 3),
                    PlaceLinks = reader.IsDBNull(weaponAt + 4) ? null : reader.GetString(weaponAt + 4),
                };
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>How many strikes match, summed from the tally.</summary>
    internal Task<int> CountAsync(TrackerDbContext db, StrikeFilter filter, CancellationToken ct) =>
        reads.ReadAsync(db, async connection =>
        {
            var command = connection.Command(PublicStrikeListSql.CountText(PublicStrikeListSql.ShapeOf(filter, null)));
            PublicStrikeListSql.BindFilter(command.Parameters, filter);
            return Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        });

    /// <summary>How many strikes match on each date, from the tally.</summary>
    internal Task<IReadOnlyList<DateCount>> CountByDateAsync(TrackerDbContext db, StrikeFilter filter, CancellationToken ct) =>
        reads.ReadAsync(db, async connection =>
        {
            var command = connection.Command(PublicStrikeListSql.CountByDateText(PublicStrikeListSql.ShapeOf(filter, null)));
            PublicStrikeListSql.BindFilter(command.Parameters, filter);
            var counts = new List<DateCount>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                counts.Add(new DateCount(reader.GetFieldValue<DateOnly>(0), reader.GetInt32(1)));
            }

            return (IReadOnlyList<DateCount>)counts;
        });
}
