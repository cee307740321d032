using Microsoft.Data.Sqlite;

namespace MissileTracker.Tests.Infrastructure;

/// <summary>
/// A SQLite database the app itself prepared (migrated, roles created, sample data seeded or not),
/// made once per test run and kept in memory; each <see cref="TrackerApp"/> gets its own copy
/// through SQLite's online backup, which takes a few milliseconds where migrating takes hundreds.
/// </summary>
internal sealed class SqliteTemplate
{
    private static readonly Lazy<SqliteTemplate> Seeded = new(() => Create(seedSampleData: true), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<SqliteTemplate> Unseeded = new(() => Create(seedSampleData: false), LazyThreadSafetyMode.ExecutionAndPublication);

    // Open for the whole run: a shared in-memory database lives as long as one connection to it.
    private readonly SqliteConnection _connection;

    // One connection is not safe to use from two threads, and tests copy in parallel.
    private readonly Lock _copying = new();

    private SqliteTemplate(SqliteConnection connection) => _connection = connection;

    public static SqliteTemplate For(bool seedSampleData) => seedSampleData ? Seeded.Value : Unseeded.Value;

    /// <summary>Copies the template into the (empty) database <paramref name="target"/> is open on.</summary>
    public void CopyTo(SqliteConnection target)
    {
        lock (_copying)
        {
            _connection.BackupDatabase(target);
        }
    }

    private static SqliteTemplate Create(bool seedSampleData)
    {
        var connectionString = $"Data Source=tracker-template-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        // The real start-up prepares it (a TrackerApp given a connection string does not use a template).
        using (var app = new TrackerApp(seedSampleData, connectionString))
        {
            _ = app.Services;
        }

        return new SqliteTemplate(connection);
    }
}
