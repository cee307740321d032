using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Commands;

namespace MissileTracker.Web.Data;

/// <summary>
/// <c>backup --to &lt;file&gt;</c>: a consistent copy of the live SQLite database through SQLite's
/// online backup API, safe while the app is writing. Restore by stopping the app and putting
/// the copy in place of the database file (see docs/operations.md).
/// </summary>
public static class BackupCommand
{
    public const string Name = "backup";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var target = CommandLine.Option(args, "--to");
        if (string.IsNullOrWhiteSpace(target))
        {
            await output.WriteLineAsync($"Usage: {Name} --to <backup file>");
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
