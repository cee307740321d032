using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using Npgsql;
using NpgsqlTypes;

namespace MissileTracker.Web.Commands.Generation;

/// <summary>
/// <c>generate [--strikes N] [--seed S]</c>: fills the configured database with N synthetic, published
/// strikes (default 1,000,000), about 3 reports and 2 statements per strike with their join rows,
/// for benchmarks. Deterministic for a seed. Bypasses EF Core (no change tracking, no change log):
/// prepared statements in large transactions on SQLite, binary COPY on PostgreSQL.
/// </summary>
public static class GenerateCommand
{
    public const string Name = "generate";

    private const string Usage = $"Usage: {Name} [--strikes N] [--seed S]";

    public static TrackerCommand Command { get; } = new(Name, "Fills the configured database with synthetic published strikes for benchmarks.",
        $"""
        {Usage}
          --strikes N   how many strikes to add, a whole number from 1 (default: 1000000)
          --seed S      the random seed, a whole number; the same seed gives the same data (default: 42)
        About 3 reports and 2 statements are added per strike. For throwaway benchmark databases only.
        """,
        context => RunAsync(context.Services, context.Args, context.Output));

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        // A mistyped count must not fall back to the default: that would write a million strikes.
        if (!TryIntOption(args, "--strikes", 1_000_000, out var strikes) || strikes <= 0)
        {
            await output.WriteLineAsync($"--strikes must be a whole number of at least 1, not '{CommandLine.Option(args, "--strikes")}'. {Usage}");
            return 2;
        }

        if (!TryIntOption(args, "--seed", 42, out var seed))
        {
            await output.WriteLineAsync($"--seed must be a whole number, not '{CommandLine.Option(args, "--seed")}'. {Usage}");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var start = new StartIds(
            await db.Strikes.IgnoreQueryFilters().MaxAsync(s => (int?)s.Id) ?? 0,
            await db.Reports.IgnoreQueryFilters().MaxAsync(s => (int?)s.Id) ?? 0,
            await db.Statements.IgnoreQueryFilters().MaxAsync(s => (int?)s.Id) ?? 0,
            await db.Officials.MaxAsync(s => (int?)s.Id) ?? 0);
        var data = new SyntheticData(seed, start);
        var clock = Stopwatch.StartNew();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var counts = connection switch
        {
            SqliteConnection sqlite => await SqliteBulk.WriteAsync(sqlite, data, strikes, output),
            NpgsqlConnection npgsql => await PostgresBulk.WriteAsync(npgsql, data, strikes),
            _ => throw new InvalidOperationException("Unsupported provider."),
        };
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Generated {counts.Strikes:N0} strikes, {counts.Reports:N0} reports, {counts.Statements:N0} statements (seed {seed}) in {clock.Elapsed.TotalSeconds:F1} s."));
        return 0;
    }

    /// <summary>The option's value as an integer, or <paramref name="fallback"/> when the option is absent; false when it is not an integer.</summary>
    private static bool TryIntOption(string[] args, string name, int fallback, out int value)
    {
        value = fallback;
        return !args.Contains(name)
            || int.TryParse(CommandLine.Option(args, name), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }
}

internal sealed record StartIds(int Strike, int Report, int Statement, int Official);

internal sealed record Counts(long Strikes, long Reports, long Statements);

/// <summary>A table's name and columns, and the rows for one strike's batch.</summary>
internal sealed record Table(string Name, string[] Columns);

internal static class Tables
{
    public static readonly Table Strikes = new("Strikes", ["Id", "OccurredOn", "DatePrecision", "TimeOfDay", "DateNote", "Settlement", "District", "Oblast",
        "Latitude", "Longitude", "LocationPrecision", "OriginCountry", "OriginStatus", "WeaponId", "MissilesLaunched", "MissilesIntercepted",
        "Killed", "Injured", "Summary", "CreatedAt", "UpdatedAt", "Status", "PublishedAt", "UnpublishedAt", "DeletedAt", "Version", "EndsOn"]);

    public static readonly Table Reports = new("Reports", ["Id", "Url", "Outlet", "Title", "Byline", "PublishedOn", "Language", "Cites",
        "CreatedAt", "UpdatedAt", "Status", "PublishedAt", "UnpublishedAt", "DeletedAt", "Version"]);

    public static readonly Table Statements = new("Statements", ["Id", "OfficialId", "Organisation", "StatedOn", "StatedOnNote", "Quote", "QuoteKind",
        "IsAggregate", "PeriodStart", "PeriodEnd", "PeriodNote",
        "CreatedAt", "UpdatedAt", "Status", "PublishedAt", "UnpublishedAt", "DeletedAt", "Version"]);

    public static readonly Table Officials = new("Officials", ["Id", "Name", "OtherNames", "Role", "Organisation", "Country", "CreatedAt", "UpdatedAt", "Version"]);

    public static readonly Table StrikeReports = new("StrikeReports", ["StrikeId", "ReportId"]);

    // Columns left out (each figure's high end and words, the weapon label) take their defaults: null, or "Exact" for a qualifier.
    public static readonly Table StatementStrikes = new("StatementStrikes", ["StatementId", "StrikeId", "OriginClaim", "MissileCount", "MissileCountQualifier",
        "MissilesIntercepted", "MissilesInterceptedQualifier", "Killed", "KilledQualifier", "Injured", "InjuredQualifier", "DateAsReported", "LocationAsReported"]);

    public static readonly Table StatementStrikeWeapons = new("StatementStrikeWeapons", ["StatementId", "StrikeId", "WeaponId"]);

    public static readonly Table StatementReports = new("StatementReports", ["StatementId", "ReportId"]);

    public static readonly Table[] All = [Officials, Strikes, Reports, Statements, StrikeReports, StatementStrikes, StatementStrikeWeapons, StatementReports];
}

internal static class SqliteBulk
{
    private const int StrikesPerTransaction = 20_000;

    public static async Task<Counts> WriteAsync(SqliteConnection connection, SyntheticData data, int strikes, TextWriter output)
    {
        long reports = 0, statements = 0;
        await using (var pragma = connection.CreateCommand())
        {
            // A throwaway benchmark database: skip fsyncs while loading.
            pragma.CommandText = "PRAGMA synchronous=OFF;";
            await pragma.ExecuteNonQueryAsync();
        }

        for (var done = 0; done < strikes;)
        {
            await using var transaction = connection.BeginTransaction();
            var commands = Tables.All.ToDictionary(t => t, t => Prepare(connection, transaction, t));
            var end = Math.Min(strikes, done + StrikesPerTransaction);
            for (; done < end; done++)
            {
                foreach (var (table, row) in data.NextStrike())
                {
                    var command = commands[table];
                    for (var i = 0; i < row.Length; i++)
                    {
                        command.Parameters[i].Value = row[i] ?? DBNull.Value;
                    }

                    command.ExecuteNonQuery();
                    if (table == Tables.Reports)
                    {
                        reports++;
                    }
                    else if (table == Tables.Statements)
                    {
                        statements++;
                    }
                }
            }

            await transaction.CommitAsync();
            foreach (var command in commands.Values)
            {
                await command.DisposeAsync();
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {done:N0} strikes"));
        }

        await using (var analyze = connection.CreateCommand())
        {
            // Statistics for the planner now, rather than at the app's next start.
            analyze.CommandText = "ANALYZE;";
            await analyze.ExecuteNonQueryAsync();
        }

        return new Counts(strikes, reports, statements);
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, Table table)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c}\""))}) "
            + $"VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"$p{i}"))})";
        for (var i = 0; i < table.Columns.Length; i++)
        {
            command.Parameters.Add(new SqliteParameter($"$p{i}", DBNull.Value));
        }

        command.Prepare();
        return command;
    }
}

internal static class PostgresBulk
{
    public static async Task<Counts> WriteAsync(NpgsqlConnection connection, SyntheticData data, int strikes)
    {
        // One COPY per table needs all rows of a table together: buffer per chunk of strikes.
        const int chunk = 50_000;
        long reports = 0, statements = 0;
        for (var done = 0; done < strikes;)
        {
            var rows = Tables.All.ToDictionary(t => t, _ => new List<object?[]>());
            var end = Math.Min(strikes, done + chunk);
            for (; done < end; done++)
            {
                foreach (var (table, row) in data.NextStrike())
                {
                    rows[table].Add(row);
                }
            }

            reports += rows[Tables.Reports].Count;
            statements += rows[Tables.Statements].Count;
            foreach (var table in Tables.All)
            {
                await using var importer = await connection.BeginBinaryImportAsync(
                    $"COPY \"{table.Name}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)");
                foreach (var row in rows[table])
                {
                    await importer.StartRowAsync();
                    foreach (var value in row)
                    {
                        await WriteAsync(importer, value);
                    }
                }

                await importer.CompleteAsync();
            }
        }

        // Rows were written with explicit ids: move the identity sequences past them.
        foreach (var table in new[] { "Officials", "Strikes", "Reports", "Statements" })
        {
            await using var command = new NpgsqlCommand(
                $"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), (SELECT MAX(\"Id\") FROM \"{table}\"))", connection);
            await command.ExecuteScalarAsync();
        }

        await using (var analyze = new NpgsqlCommand("ANALYZE", connection))
        {
            await analyze.ExecuteNonQueryAsync();
        }

        return new Counts(strikes, reports, statements);
    }

    private static Task WriteAsync(NpgsqlBinaryImporter importer, object? value) => value switch
    {
        null => importer.WriteNullAsync(),
        int i => importer.WriteAsync(i, NpgsqlDbType.Integer),
        double d => importer.WriteAsync(d, NpgsqlDbType.Double),
        bool b => importer.WriteAsync(b, NpgsqlDbType.Boolean),
        string s => importer.WriteAsync(s, NpgsqlDbType.Varchar),
        DateOnly date => importer.WriteAsync(date, NpgsqlDbType.Date),
        TimeOnly time => importer.WriteAsync(time, NpgsqlDbType.Time),
        DateTime at => importer.WriteAsync(at, NpgsqlDbType.TimestampTz),
        _ => throw new InvalidOperationException($"No COPY mapping for {value.GetType()}."),
    };
}
