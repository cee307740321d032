using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;

namespace MissileTracker.Web.Commands;

/// <summary>
/// <c>backup --to &lt;file&gt;</c>: a consistent copy of the live SQLite database through SQLite's
/// online backup API, safe while the app is writing. Restore by stopping the app and putting
/// the copy in place of the database file (see docs/operations.md).
/// </summary>
public static class BackupCommand
{
    public const string Name = "backup";

    private const string Usage = $"Usage: {Name} --to <backup file>";

    public static TrackerCommand Command { get; } = new(Name, "Copies the live SQLite database to a new file, safely while the app writes.",
        $"""
        {Usage}
          --to <file>   the new backup file; an existing file is never overwritten (required)
        SQLite only; on PostgreSQL use pg_dump. Restoring is described in docs/operations.md.
        """,
        context => RunAsync(context.Services, context.Args, context.Output));

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var target = CommandLine.Option(args, "--to");
        if (string.IsNullOrWhiteSpace(target))
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        await using (var probe = services.CreateAsyncScope())
        {
            if (!probe.ServiceProvider.GetRequiredService<TrackerDbContext>().Database.IsSqlite())
            {
                // The online backup API is SQLite's; PostgreSQL has its own tools.
                await output.WriteLineAsync("backup is for SQLite databases. On PostgreSQL use pg_dump (see docs/operations.md).");
                return 1;
            }
        }

        target = Path.GetFullPath(target);
        if (File.Exists(target))
        {
            await output.WriteLineAsync($"{target} exists; choose a new file so no backup is overwritten.");
            return 1;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var source = (SqliteConnection)db.Database.GetDbConnection();
        await source.OpenAsync();
        long strikes;
        await using (var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString()))
        {
            await destination.OpenAsync();
            source.BackupDatabase(destination);
            await using var count = destination.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM \"Strikes\"";
            strikes = (long)(await count.ExecuteScalarAsync())!;
        }

        await output.WriteLineAsync($"Backed up to {target} ({new FileInfo(target).Length:N0} bytes, {strikes} strikes).");
        return 0;
    }
}
