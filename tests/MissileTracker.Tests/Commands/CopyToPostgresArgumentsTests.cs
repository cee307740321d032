using Microsoft.Data.Sqlite;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Commands;
using MissileTracker.Web.Data;

namespace MissileTracker.Tests.Commands;

/// <summary>What copy-to-postgres refuses before it contacts any PostgreSQL server, so these need none.</summary>
public sealed class CopyToPostgresArgumentsTests : IDisposable
{
    // Nothing listens on port 1: a test that reached the server would fail, not pass.
    private const string Unreachable = "Host=127.0.0.1;Port=1;Username=postgres;Database=missiletracker";

    private readonly string _folder = Directory.CreateTempSubdirectory("tracker-copy-args-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData("copy-to-postgres")]
    [InlineData("copy-to-postgres --to " + Unreachable)]
    [InlineData("copy-to-postgres --from {file}")]
    [InlineData("copy-to-postgres --from {file} --to")]
    [InlineData("copy-to-postgres --from {missing} --to " + Unreachable)]
    [InlineData("copy-to-postgres --from {file} --to not-a-connection-string")]
    [InlineData("copy-to-postgres --from {file} --to Colour=blue")]
    [InlineData("copy-to-postgres --from {file} --to Host=127.0.0.1;Port=1;Username=postgres")]
    public async Task Missing_or_malformed_arguments_print_the_usage_and_exit_with_2(string line)
    {
        var file = Path.Combine(_folder, "tracker.db");
        await File.WriteAllTextAsync(file, "");
        var args = line.Replace("{file}", file, StringComparison.Ordinal).Replace("{missing}", Path.Combine(_folder, "missing.db"), StringComparison.Ordinal).Split(' ');
        var output = new StringWriter();

        (await CopyToPostgresCommand.RunAsync(args, output)).Should().Be(2, output.ToString());
        output.ToString().Should().Contain("Usage: copy-to-postgres --from <SQLite file> --to");
    }

    [Fact]
    public async Task A_SQLite_file_without_the_tracker_schema_is_refused_and_left_as_it_was()
    {
        var file = Path.Combine(_folder, "other.db");
        using (var other = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            other.Open();
            using var create = other.CreateCommand();
            create.CommandText = "CREATE TABLE Notes (Id INTEGER PRIMARY KEY, Text TEXT)";
            create.ExecuteNonQuery();
        }

        var before = await File.ReadAllBytesAsync(file);
        var output = new StringWriter();

        (await CopyToPostgresCommand.RunAsync(["copy-to-postgres", "--from", file, "--to", Unreachable], output)).Should().Be(1);
        output.ToString().Should().Contain("is not a MissileTracker database");
        (await File.ReadAllBytesAsync(file)).Should().Equal(before);
    }

    [Theory]
    [InlineData("DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = (SELECT MAX(\"MigrationId\") FROM \"__EFMigrationsHistory\")",
        "lacks 1 migration(s) of this version")]
    [InlineData("INSERT INTO \"__EFMigrationsHistory\" VALUES ('29991231000000_FromTheFuture', '10.0.15')", "was migrated by a newer version")]
    public async Task A_tracker_file_at_another_migration_is_refused(string change, string message)
    {
        var file = Path.Combine(_folder, "tracker.db");
        using (var app = new TrackerApp(connectionString: $"Data Source={file}"))
        {
            app.CreateClient();
        }

        await using (var sqlite = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await sqlite.OpenAsync();
            await using var command = sqlite.CreateCommand();
            command.CommandText = change;
            (await command.ExecuteNonQueryAsync()).Should().Be(1);
        }

        var output = new StringWriter();

        (await CopyToPostgresCommand.RunAsync(["copy-to-postgres", "--from", file, "--to", Unreachable], output)).Should().Be(1);
        output.ToString().Should().Contain(message);
    }

    [Fact]
    public async Task A_file_that_is_not_SQLite_is_refused()
    {
        var file = Path.Combine(_folder, "notes.txt");
        await File.WriteAllTextAsync(file, "This is not a database, but it is long enough to have a header of one hundred bytes or so, which SQLite reads first.");

        var output = new StringWriter();

        (await CopyToPostgresCommand.RunAsync(["copy-to-postgres", "--from", file, "--to", Unreachable], output)).Should().Be(1);
        output.ToString().Should().Contain("cannot be read as a SQLite database");
    }
}
