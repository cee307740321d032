using Microsoft.Data.Sqlite;

namespace MissileTracker.Tests.Infrastructure;

/// <summary>
/// A SQLite database the app itself prepared (migrated, roles created), with or without the tests'
/// <see cref="Builders.KnownEvidence"/>,
/// made once per test run and kept in memory; each <see cref="TrackerApp"/> gets its own copy
/// through SQLite's online backup, which takes a few milliseconds where migrating takes hundreds.
/// </summary>
internal sealed class SqliteTemplate
{
    private static readonly Lazy<SqliteTemplate> WithEvidence = new(() => Create(knownEvidence: true), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<SqliteTemplate> Empty = new(() => Create(knownEvidence: false), LazyThreadSafetyMode.ExecutionAndPublication);

    // Open for the whole run: a shared in-memory database lives as long as one connection to it.
    private readonly SqliteConnection _connection;

    // One connection is not safe to use from two threads, and tests copy in parallel.
    private readonly Lock _copying = new();

    private SqliteTemplate(SqliteConnection connection) => _connection = connection;

    public static SqliteTemplate For(bool knownEvidence) => knownEvidence ? WithEvidence.Value : Empty.Value;

    /// <summary>Copies the template into the (empty) database <paramref name="target"/> is open on.</summary>
    public void CopyTo(SqliteConnection target)
    {
        lock (_copying)
        {
            _connection.BackupDatabase(target);
        }
    }

    private static SqliteTemplate Create(bool knownEvidence)
    {
        var connectionString = $"Data Source=tracker-template-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        // The real start-up prepares it (a TrackerApp given a connection string does not use a template), then TrackerApp adds the evidence.
        using (var app = new TrackerApp(knownEvidence, connectionString))
        {
            _ = app.Services;
        }

        return new SqliteTemplate(connection);
    }
}
