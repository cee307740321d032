using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using Npgsql;

namespace MissileTracker.Web.Commands;

/// <summary>
/// <c>copy-to-postgres --from &lt;SQLite file&gt; --to &lt;Npgsql connection string&gt;</c>: copies
/// every table of a SQLite database (evidence with drafts and tombstones, change log, accounts,
/// roles, tokens, weapons) into an empty PostgreSQL database, keeping every id. The target is
/// migrated first; the rows are written with binary COPY in one transaction, counted on both
/// sides, and committed only when every count matches, so a failure leaves the target empty.
/// </summary>
public static class CopyToPostgresCommand
{
    public const string Name = "copy-to-postgres";

    private const string Usage = $"Usage: {Name} --from <SQLite file> --to \"Host=…;Database=…;Username=…;Password=…\"";

    // Runs without the app: it reads --from and writes --to, and must not migrate or seed the configured database.
    public static TrackerCommand Command { get; } = new(Name, "Copies a SQLite database into an empty PostgreSQL database, keeping every id.",
        $"""
        {Usage}
          --from <file>                the SQLite database file, opened read-only (required)
          --to <connection string>     an Npgsql connection string naming Host and Database (required)
        The target is migrated, then every table is copied in one transaction that commits only when
        every row count matches; a target that already holds data is refused.
        """,
        context => RunAsync(context.Args, context.Output), NeedsApp: false);

    /// <returns>0 copied and verified; 1 refused or failed, with the target left without data; 2 usage error.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken = default)
    {
        var from = CommandLine.Option(args, "--from");
        var to = CommandLine.Option(args, "--to");
        if (string.IsNullOrWhiteSpace(from) || string.IsNullOrWhiteSpace(to))
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        from = Path.GetFullPath(from);
        if (!File.Exists(from))
        {
            await output.WriteLineAsync($"{from} does not exist. {Usage}");
            return 2;
        }

        NpgsqlConnectionStringBuilder target;
        try
        {
            target = new NpgsqlConnectionStringBuilder(to);
        }
        catch (ArgumentException e)
        {
            await output.WriteLineAsync($"--to is not an Npgsql connection string ({e.Message}). {Usage}");
            return 2;
        }

        // Without Database, Npgsql would pick the user's own database: too easy to copy into the wrong one.
        if (string.IsNullOrWhiteSpace(target.Host) || string.IsNullOrWhiteSpace(target.Database))
        {
            await output.WriteLineAsync($"--to must name both Host and Database. {Usage}");
            return 2;
        }

        // The operator needs the server's detail (which key, which row) to fix the source; it is their own data.
        target.IncludeErrorDetail = true;

        try
        {
            return await CopyAsync(from, target, output, cancellationToken);
        }
        catch (Exception e) when (e is DbException or InvalidDataException)
        {
            // Every row was written in the one transaction, which is rolled back when the copy stops; at most the
            // migrations (an empty schema) remain.
            var where = e is PostgresException { Where: { Length: > 0 } context } ? $" ({context})" : "";
            await output.WriteLineAsync($"Copy failed; no data was committed to {Describe(target)}: {e.Message}{where}");
            return 1;
        }
    }

    private static async Task<int> CopyAsync(string from, NpgsqlConnectionStringBuilder target, TextWriter output, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        // Read-only: the copy never changes its source, not even by migrating it.
        await using var sqlite = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = from, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await sqlite.OpenAsync(cancellationToken);
        await using var sourceDb = new SqliteTrackerDbContext(new DbContextOptionsBuilder<SqliteTrackerDbContext>().UseSqlite(sqlite).Options);
        if (await SourceProblemAsync(sourceDb, from, cancellationToken) is { } problem)
        {
            await output.WriteLineAsync(problem);
            return 1;
        }

        await using var targetDb = new PostgresTrackerDbContext(new DbContextOptionsBuilder<PostgresTrackerDbContext>().UseNpgsql(target.ConnectionString).Options);
        var plan = CopyPlan.Build(sourceDb, targetDb);

        // Checked before migrating as well, so a database that is in use is not even upgraded.
        if (await OccupiedBeforeMigratingAsync(target, plan, cancellationToken) is { Count: > 0 } inUse)
        {
            await output.WriteLineAsync(Refusal(target, inUse));
            return 1;
        }

        await output.WriteLineAsync($"Migrating {Describe(target)}…");
        await targetDb.Database.MigrateAsync(cancellationToken);

        await using var postgres = new NpgsqlConnection(target.ConnectionString);
        await postgres.OpenAsync(cancellationToken);
        await using var write = await postgres.BeginTransactionAsync(cancellationToken);
        // Nobody else may write while the copy runs (readers may); give up rather than wait on a busy database.
        await ExecuteAsync(postgres, "SET LOCAL lock_timeout = '10s'", cancellationToken);
        await ExecuteAsync(postgres, $"LOCK TABLE {string.Join(", ", plan.Select(t => t.QuotedName))} IN EXCLUSIVE MODE", cancellationToken);
        if (await OccupiedAsync(postgres, plan, cancellationToken) is { Count: > 0 } occupied)
        {
            await output.WriteLineAsync(Refusal(target, occupied));
            return 1;
        }

        // The migrations inserted the HasData rows (the weapon catalogue); the source has its own copy of them.
        foreach (var table in plan.Where(t => t.SeedRows > 0))
        {
            await ExecuteAsync(postgres, $"DELETE FROM {table.QuotedName}", cancellationToken);
        }

        var rebuild = await DropIndexesAndForeignKeysAsync(postgres, plan, cancellationToken);

        // The tables' triggers keep derived rows (the StrikeTallies counts); the copy brings those rows from the source,
        // so the triggers must not add them a second time while the strikes arrive. Re-enabled before the commit.
        foreach (var table in plan)
        {
            await ExecuteAsync(postgres, $"ALTER TABLE {table.QuotedName} DISABLE TRIGGER USER", cancellationToken);
        }

        // One read transaction: every table and every count comes from the same snapshot, even while the app writes to the file.
        await using var read = sqlite.BeginTransaction(deferred: true);
        var rows = new List<(CopyTable Table, long Copied, long Source, long Target)>();
        foreach (var table in plan)
        {
            var tableClock = Stopwatch.StartNew();
            var copied = await CopyTableAsync(sqlite, read, postgres, table, cancellationToken);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {table.Name}: {copied:N0} rows in {tableClock.Elapsed.TotalSeconds:F1} s"));
            rows.Add((table, copied, 0, 0));
        }

        foreach (var table in plan)
        {
            await ExecuteAsync(postgres, $"ALTER TABLE {table.QuotedName} ENABLE TRIGGER USER", cancellationToken);
        }

        var rebuildClock = Stopwatch.StartNew();
        foreach (var statement in rebuild)
        {
            await ExecuteAsync(postgres, statement, cancellationToken);
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"  {rebuild.Count} indexes and foreign keys rebuilt and checked in {rebuildClock.Elapsed.TotalSeconds:F1} s"));

        for (var i = 0; i < rows.Count; i++)
        {
            var table = rows[i].Table;
            rows[i] = rows[i] with
            {
                Source = await CountAsync(sqlite, read, table, cancellationToken),
                Target = await CountAsync(postgres, table, cancellationToken),
            };
        }

        var mismatches = rows.Count(r => r.Source != r.Target || r.Copied != r.Source);
        await output.WriteLineAsync(CountsTable(rows.Select(r => (r.Table.Name, r.Source, r.Target, r.Copied))));
        if (mismatches > 0)
        {
            await output.WriteLineAsync($"{mismatches} table(s) differ; rolled back, no data was committed to {Describe(target)}.");
            return 1;
        }

        await ResetSequencesAsync(postgres, plan, cancellationToken);
        // Fresh planner statistics, so the first queries on the copy do not plan for empty tables. Inside the
        // transaction (ANALYZE counts its own transaction's rows), so any failure reported below precedes the commit.
        await ExecuteAsync(postgres, $"ANALYZE {string.Join(", ", plan.Select(t => t.QuotedName))}", cancellationToken);
        await write.CommitAsync(cancellationToken);

        var total = rows.Sum(r => r.Target);
        var seconds = clock.Elapsed.TotalSeconds;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Copied {total:N0} rows in {plan.Count} tables from {from} to {Describe(target)} in {seconds:F1} s ({total / Math.Max(seconds, 0.001):N0} rows/s)."));
        return 0;
    }

    private static async Task<string?> SourceProblemAsync(TrackerDbContext source, string from, CancellationToken cancellationToken)
    {
        List<string> applied;
        try
        {
            applied = (await source.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        }
        catch (SqliteException e)
        {
            return $"{from} cannot be read as a SQLite database: {e.Message}";
        }

        var known = source.Database.GetMigrations().ToList();
        if (applied.Count == 0)
        {
            return $"{from} is not a MissileTracker database (it has no migration history).";
        }

        if (applied.Except(known).FirstOrDefault() is { } unknown)
        {
            return $"{from} was migrated by a newer version of the app ({unknown}); copy it with that version.";
        }

        // Both models describe the latest schema: an older file would be missing columns.
        if (known.Except(applied).ToList() is { Count: > 0 } pending)
        {
            return $"{from} lacks {pending.Count} migration(s) of this version ({string.Join(", ", pending)}). "
                + "Start this version of the app on it once (it migrates at start), or back it up and migrate the copy, then run the copy again.";
        }

        return null;
    }

    private static async Task<List<string>> OccupiedBeforeMigratingAsync(NpgsqlConnectionStringBuilder target, IReadOnlyList<CopyTable> plan, CancellationToken cancellationToken)
    {
        await using var postgres = new NpgsqlConnection(target.ConnectionString);
        try
        {
            await postgres.OpenAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            // No such database: the migration creates it (if the user may), and it is empty.
            return [];
        }

        var existing = new List<CopyTable>();
        foreach (var table in plan)
        {
            await using var exists = new NpgsqlCommand("SELECT to_regclass(@name) IS NOT NULL", postgres);
            exists.Parameters.AddWithValue("name", table.QuotedName);
            if ((bool)(await exists.ExecuteScalarAsync(cancellationToken))!)
            {
                existing.Add(table);
            }
        }

        return await OccupiedAsync(postgres, existing, cancellationToken);
    }

    // A table holds data when it has any row, or, for a table the migrations seed, more rows than the seed.
    // Counting stops past that limit, so a refused production database is not scanned.
    private static async Task<List<string>> OccupiedAsync(NpgsqlConnection postgres, IEnumerable<CopyTable> tables, CancellationToken cancellationToken)
    {
        var occupied = new List<string>();
        foreach (var table in tables)
        {
            await using var count = new NpgsqlCommand($"SELECT COUNT(*) FROM (SELECT 1 FROM {table.QuotedName} LIMIT {table.SeedRows + 1}) AS t", postgres);
            if ((long)(await count.ExecuteScalarAsync(cancellationToken))! > table.SeedRows)
            {
                occupied.Add(table.Name);
            }
        }

        return occupied;
    }

    // Loading into indexed tables with foreign keys costs index lookups and a key check for every row;
    // building each index once afterwards and checking each foreign key in one pass took two thirds of
    // the time (docs/operations.md). Primary keys stay, so a duplicate id still stops the copy at once. The
    // definitions are the server's own (pg_get_indexdef, pg_get_constraintdef), and dropping and
    // re-creating happen in the copy's transaction, so what is committed has exactly the migrated schema.
    // Returns the statements that re-create them: indexes first, since a foreign key may rely on one.
    private static async Task<List<string>> DropIndexesAndForeignKeysAsync(NpgsqlConnection postgres, IReadOnlyList<CopyTable> plan, CancellationToken cancellationToken)
    {
        const string Definitions = """
            WITH copied AS (SELECT to_regclass(name) AS oid FROM unnest(@tables) AS name)
            SELECT 1, format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname),
                   format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid))
            FROM pg_constraint c WHERE c.contype = 'f' AND c.conrelid IN (SELECT oid FROM copied)
            UNION ALL
            SELECT 2, format('DROP INDEX %s', i.indexrelid::regclass), pg_get_indexdef(i.indexrelid)
            FROM pg_index i WHERE i.indrelid IN (SELECT oid FROM copied)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x'))
            ORDER BY 1, 2
            """;
        var drops = new List<string>();
        var foreignKeys = new List<string>();
        var indexes = new List<string>();
        await using (var query = new NpgsqlCommand(Definitions, postgres))
        {
            query.Parameters.AddWithValue("tables", plan.Select(t => t.QuotedName).ToArray());
            await using var reader = await query.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                drops.Add(reader.GetString(1));
                (reader.GetInt32(0) == 1 ? foreignKeys : indexes).Add(reader.GetString(2));
            }
        }

        foreach (var drop in drops)
        {
            await ExecuteAsync(postgres, drop, cancellationToken);
        }

        return [.. indexes, .. foreignKeys];
    }

    private static async Task<long> CopyTableAsync(SqliteConnection sqlite, SqliteTransaction read, NpgsqlConnection postgres, CopyTable table, CancellationToken cancellationToken)
    {
        await using var select = sqlite.CreateCommand();
        select.Transaction = read;
        select.CommandText = $"SELECT {table.ColumnList} FROM {CopyTable.Quote(table.Name)}";
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        await using var importer = await postgres.BeginBinaryImportAsync($"COPY {table.QuotedName} ({table.ColumnList}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        // The default 30 s applies to the whole COPY; a table of millions of rows takes longer.
        importer.Timeout = TimeSpan.Zero;
        long rows = 0;
        var columns = table.Columns;
        while (await reader.ReadAsync(cancellationToken))
        {
            await importer.StartRowAsync(cancellationToken);
            for (var i = 0; i < columns.Count; i++)
            {
                object? value;
                try
                {
                    value = columns[i].Read(reader, i);
                }
                catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException or System.Text.Json.JsonException)
                {
                    // A value EF Core itself could not read: name it, so it can be fixed in the source.
                    throw new InvalidDataException($"{table.Name}.{columns[i].Name}, row {rows + 1} of the source: {e.Message}", e);
                }

                if (value is not null)
                {
                    await importer.WriteAsync(value, columns[i].TargetType, cancellationToken);
                }
                else
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
            }

            rows++;
        }

        await importer.CompleteAsync(cancellationToken);
        return rows;
    }

    // Rows keep their ids, so the identity sequences still start at 1: move each past its table's largest id.
    // setval is not undone by a rollback, which is harmless on a target that stays empty.
    private static async Task ResetSequencesAsync(NpgsqlConnection postgres, IReadOnlyList<CopyTable> plan, CancellationToken cancellationToken)
    {
        foreach (var table in plan)
        {
            foreach (var column in table.Columns)
            {
                await using var sequence = new NpgsqlCommand("SELECT pg_get_serial_sequence(@table, @column)", postgres);
                sequence.Parameters.AddWithValue("table", table.QuotedName);
                sequence.Parameters.AddWithValue("column", column.Name);
                if (await sequence.ExecuteScalarAsync(cancellationToken) is string name)
                {
                    await using var move = new NpgsqlCommand(
                        $"SELECT setval(@sequence, (SELECT COALESCE(MAX({CopyTable.Quote(column.Name)}), 0) + 1 FROM {table.QuotedName}), false)", postgres);
                    move.Parameters.AddWithValue("sequence", name);
                    await move.ExecuteScalarAsync(cancellationToken);
                }
            }
        }
    }

    private static async Task<long> CountAsync(SqliteConnection sqlite, SqliteTransaction read, CopyTable table, CancellationToken cancellationToken)
    {
        await using var count = sqlite.CreateCommand();
        count.Transaction = read;
        count.CommandText = $"SELECT COUNT(*) FROM {CopyTable.Quote(table.Name)}";
        return (long)(await count.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<long> CountAsync(NpgsqlConnection postgres, CopyTable table, CancellationToken cancellationToken)
    {
        await using var count = new NpgsqlCommand($"SELECT COUNT(*) FROM {table.QuotedName}", postgres) { CommandTimeout = 0 };
        return (long)(await count.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection postgres, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, postgres) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string CountsTable(IEnumerable<(string Table, long Source, long Target, long Copied)> rows)
    {
        var lines = rows.Select(r => (r.Table, Source: r.Source.ToString("N0", CultureInfo.InvariantCulture), Target: r.Target.ToString("N0", CultureInfo.InvariantCulture),
            Result: r.Source == r.Target && r.Copied == r.Source ? "OK" : "MISMATCH")).ToList();
        var width = Math.Max("table".Length, lines.Max(l => l.Table.Length));
        var numbers = Math.Max("source".Length, lines.Max(l => Math.Max(l.Source.Length, l.Target.Length)));
        var table = new System.Text.StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"{"table".PadRight(width)}  {"source".PadLeft(numbers)}  {"target".PadLeft(numbers)}  result");
        foreach (var line in lines)
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"{line.Table.PadRight(width)}  {line.Source.PadLeft(numbers)}  {line.Target.PadLeft(numbers)}  {line.Result}");
        }

        return table.ToString().TrimEnd();
    }

    private static string Refusal(NpgsqlConnectionStringBuilder target, List<string> occupied) =>
        $"{Describe(target)} already holds data ({string.Join(", ", occupied)}); nothing was copied. "
        + "Copy only into a new, empty database (CREATE DATABASE …), and do not start the app on it before the copy.";

    // Host, port and database only: the connection string may hold a password.
    private static string Describe(NpgsqlConnectionStringBuilder target) => $"{target.Host}:{target.Port}/{target.Database}";
}
