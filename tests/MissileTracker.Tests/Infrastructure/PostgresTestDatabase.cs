using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using Npgsql;

namespace MissileTracker.Tests.Infrastructure;

/// <summary>
/// A private PostgreSQL database for one test, cloned from a template database that is migrated
/// once per test run (CREATE DATABASE … TEMPLATE is much faster than migrating each time).
/// The server comes from <c>MISSILETRACKER_TEST_POSTGRES</c> (an admin connection string).
/// </summary>
public sealed class PostgresTestDatabase : IDisposable
{
    public static string? AdminConnectionString { get; } =
        Environment.GetEnvironmentVariable("MISSILETRACKER_TEST_POSTGRES") is { Length: > 0 } value ? value : null;

    // A PostgreSQL-only test run without a server (e.g. by an explicit --filter) fails saying so.
    private static string Admin => AdminConnectionString
        ?? throw new InvalidOperationException("Needs PostgreSQL: set MISSILETRACKER_TEST_POSTGRES to an admin connection string (bash .ci/run does).");

    private static readonly Lazy<string> Template = new(CreateTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string _name;

    private PostgresTestDatabase(string name)
    {
        _name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(Admin) { Database = name }.ToString();
    }

    public string ConnectionString { get; }

    public static PostgresTestDatabase Create()
    {
        var name = $"mt_test_{Guid.NewGuid():N}";
        var template = Template.Value;
        // Cloning fails while another session is connected to the template; only creates touch it, so retry briefly.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                Execute($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
                return new PostgresTestDatabase(name);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 50)
            {
                Thread.Sleep(100);
            }
        }
    }

    /// <summary>A new database with no tables at all, as an operator would create for the app.</summary>
    public static PostgresTestDatabase CreateEmpty()
    {
        var name = $"mt_test_{Guid.NewGuid():N}";
        Execute($"CREATE DATABASE \"{name}\"");
        return new PostgresTestDatabase(name);
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private static string CreateTemplate()
    {
        var name = $"mt_template_{Guid.NewGuid():N}";
        Execute($"CREATE DATABASE \"{name}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(Admin) { Database = name, Pooling = false }.ToString();
        using (var db = new PostgresTrackerDbContext(new DbContextOptionsBuilder<PostgresTrackerDbContext>().UseNpgsql(connectionString).Options))
        {
            db.Database.Migrate();
        }

        return name;
    }

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Admin) { Database = "postgres", Pooling = false }.ToString());
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
