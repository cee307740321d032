using Microsoft.Data.Sqlite;
using MissileTracker.Web.Data;
using MissileTracker.Web.History;
using MissileTracker.Web.Officials;
using MissileTracker.Web.Places;
using MissileTracker.Web.Reports;
using MissileTracker.Web.Statements;
using MissileTracker.Web.Weapons;

namespace MissileTracker.Web.Strikes;

/// <summary>
/// The public's strike detail on SQLite, read by one prepared command (<see cref="PublicStrikeDetailSql"/>) on a pooled
/// connection (<see cref="PreparedReads"/>) into the same entities EF Core fills, then mapped by the same
/// <see cref="StrikeQueries.Detail"/>: the JSON is the same byte for byte. The command binds the id and steps through its
/// results inside one read transaction, so the detail is one snapshot. Staff views, <c>asOf</c> and PostgreSQL read
/// through EF Core (<see cref="StrikeQueries.GetAsync"/>).
/// </summary>
public sealed class PublicStrikeDetails(PreparedReads reads)
{
    private PublicStrikeDetailSql? sql;

    /// <summary>The strike as the public sees it, or null; <paramref name="db"/> supplies the model, the connection string and the rare reads (evidence, Air Force rows).</summary>
    internal async Task<StrikeDetail?> GetAsync(TrackerDbContext db, int id, CancellationToken ct)
    {
        var text = sql ??= new PublicStrikeDetailSql(db.Model);
        if (await reads.ReadSnapshotAsync(db, connection => ReadAsync(connection, text, id, ct)) is not { } loaded)
        {
            return null;
        }

        var (strike, reportsByStatement, history, hasEvidence, hasAirForceRows) = loaded;
        return StrikeQueries.Detail(strike, reportsByStatement, history) with
        {
            Evidence = hasEvidence ? await new Evidence.EvidenceQueries(db).ForStrikeAsync(id, staff: false, ct) : [],
            AirForceReports = hasAirForceRows ? await AirForce.AirForceQueries.ForStrikeAsync(db, id, staff: false, ct) : [],
        };
    }

    private sealed record Loaded(Strike Strike, ILookup<int, Report> ReportsByStatement, IReadOnlyList<HistoryEntry> History, bool HasEvidence, bool HasAirForceRows);

    private static async Task<Loaded?> ReadAsync(PreparedConnection connection, PublicStrikeDetailSql sql, int strikeId, CancellationToken ct)
    {
        var command = connection.Command(sql.CommandText);
        command.Parameters.Add("$id", SqliteType.Integer).Value = strikeId;
        await using var rows = await command.ExecuteReaderAsync(ct);
        if (!await rows.ReadAsync(ct))
        {
            return null;
        }

        var strike = sql.Strikes.Read(rows);
        var weapons = await ListAsync(rows, sql.Weapons, ct);
        var links = await ListAsync(rows, sql.StatementLinks, ct);
        var statements = (await ListAsync(rows, sql.Statements, ct)).ToDictionary(s => s.Id);
        var officials = (await ListAsync(rows, sql.Officials, ct)).ToDictionary(o => o.Id);
        var weaponSets = await ListAsync(rows, sql.WeaponSets, ct);
        var reportLinks = await ListAsync(rows, sql.ReportLinks, ct);
        var reports = (await ListAsync(rows, sql.Reports, ct)).ToDictionary(r => r.Id);
        await rows.NextResultAsync(ct);
        var statementReports = new List<(int StatementId, int ReportId)>();
        while (await rows.ReadAsync(ct))
        {
            statementReports.Add((rows.GetInt32(0), rows.GetInt32(1)));
        }

        var placeLinks = await ListAsync(rows, sql.PlaceLinks, ct);
        var places = (await ListAsync(rows, sql.Places, ct)).ToDictionary(p => p.Id);
        var history = await ListAsync(rows, sql.History, ct);
        await rows.NextResultAsync(ct);
        await rows.ReadAsync(ct);
        var (hasEvidence, hasAirForceRows) = (rows.GetBoolean(0), rows.GetBoolean(1));

        // The navigations EF Core's includes would have set (StrikeQueries.LoadCurrentAsync).
        var weaponById = weapons.ToDictionary(w => w.Id);
        strike.Weapon = weaponById[strike.WeaponId];
        var setsByStatement = weaponSets.ToLookup(w => w.StatementId);
        foreach (var link in links)
        {
            link.Strike = strike;
            link.Statement = statements[link.StatementId];
            if (link.Statement.OfficialId is { } official)
            {
                link.Statement.Official = officials[official];
            }

            foreach (var set in setsByStatement[link.StatementId])
            {
                set.Weapon = weaponById[set.WeaponId];
                link.WeaponTypes.Add(set);
            }

            strike.Statements.Add(link);
        }

        foreach (var link in reportLinks)
        {
            link.Strike = strike;
            link.Report = reports[link.ReportId];
            strike.Reports.Add(link);
        }

        foreach (var link in placeLinks)
        {
            link.Strike = strike;
            link.Place = places[link.PlaceId];
            strike.Places.Add(link);
        }

        return new Loaded(strike, statementReports.ToLookup(x => x.StatementId, x => reports[x.ReportId]),
            ChangeHistory.Entries(history, staff: false), hasEvidence, hasAirForceRows);
    }

    private static async Task<List<T>> ListAsync<T>(SqliteDataReader rows, RowReader<T> reader, CancellationToken ct)
        where T : class
    {
        await rows.NextResultAsync(ct);
        var list = new List<T>();
        while (await rows.ReadAsync(ct))
        {
            list.Add(reader.Read(rows));
        }

        return list;
    }
}
