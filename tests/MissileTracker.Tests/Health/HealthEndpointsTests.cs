using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Tests.Infrastructure;

namespace MissileTracker.Tests.Health;

public sealed class HealthEndpointsTests
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Report_healthy_when_the_database_is_migrated(string url)
    {
        using var app = new TrackerApp(knownEvidence: false);

        var response = await app.CreateClient().GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("Healthy");
    }

    [Fact]
    public async Task Readiness_fails_while_a_migration_is_missing()
    {
        using var app = new TrackerApp(knownEvidence: false);
        var client = app.CreateClient();
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = (SELECT MAX(\"MigrationId\") FROM \"__EFMigrationsHistory\")"));

        (await client.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await client.GetAsync("/health/live")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    [Trait("Provider", "SqliteOnly")]
    public async Task A_database_file_runs_in_write_ahead_log_mode()
    {
        var file = Path.Combine(Path.GetTempPath(), $"tracker-wal-{Guid.NewGuid():N}.db");
        try
        {
            using (var app = new TrackerApp(knownEvidence: false, connectionString: $"Data Source={file}"))
            {
                app.CreateClient();
            }

            await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode;";
            (await command.ExecuteScalarAsync()).Should().Be("wal");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }
        }
    }
}
