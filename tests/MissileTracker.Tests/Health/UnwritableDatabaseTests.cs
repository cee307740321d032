using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Data;

namespace MissileTracker.Tests.Health;

/// <summary>
/// A database that refuses writes for its storage's sake (read-only file, full disk) answers writes
/// 503 with Retry-After, keeps serving reads, and turns readiness Unhealthy naming the reason.
/// </summary>
public sealed class UnwritableDatabaseTests
{
    private static readonly object Report = new { outlet = "Outlet", title = "Written while the disk is full", language = "en" };

    [Fact]
    [Trait("Provider", "SqliteOnly")]
    public async Task A_read_only_database_file_answers_writes_503_and_readiness_names_the_reason()
    {
        var file = Path.Combine(Path.GetTempPath(), $"tracker-readonly-{Guid.NewGuid():N}.db");
        var readOnly = new OpenReadOnly();
        try
        {
            using var app = new TrackerApp(connectionString: $"Data Source={file}",
                configureServices: services => services.ConfigureDbContext<SqliteTrackerDbContext>(options => options.AddInterceptors(readOnly)));
            var editor = await app.ClientWithRolesAsync("editor", Roles.Editor);
            var reportsBefore = await app.WithDbAsync(db => db.Reports.CountAsync());
            readOnly.On = true;

            var write = await editor.PostAsJsonAsync("/api/v1/reports", Report);
            var read = await editor.GetAsync("/api/v1/strikes");
            var ready = await app.CreateClient().GetAsync("/health/ready");

            await ShouldBeRetryLaterAsync(write);
            read.StatusCode.Should().Be(HttpStatusCode.OK, "reads go on");
            ready.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            (await ready.Content.ReadAsStringAsync()).Should().StartWith("Unhealthy").And.Contain("database-writes: Writes are refused: the database file is read-only.");
            readOnly.On = false;
            (await app.WithDbAsync(db => db.Reports.CountAsync())).Should().Be(reportsBefore);
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

    [Fact]
    [Trait("Provider", "PostgresOnly")]
    public async Task A_read_only_postgres_database_answers_writes_503_and_readiness_names_the_reason()
    {
        using var app = new TrackerApp();
        var editor = await app.ClientWithRolesAsync("editor", Roles.Editor);
        var database = new Npgsql.NpgsqlConnectionStringBuilder(app.ConnectionString).Database;
        // As on a hot standby or a server an operator set read-only: every new session refuses writes.
        await SetReadOnlyAsync(app, database!);

        var write = await editor.PostAsJsonAsync("/api/v1/reports", Report);
        var read = await editor.GetAsync("/api/v1/strikes");
        var ready = await app.CreateClient().GetAsync("/health/ready");

        await ShouldBeRetryLaterAsync(write);
        read.StatusCode.Should().Be(HttpStatusCode.OK, "reads go on");
        ready.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await ready.Content.ReadAsStringAsync()).Should().Contain("database-writes: Writes are refused: the PostgreSQL server accepts no writes (read-only).");
    }

    [Fact]
    public async Task A_full_disk_answers_writes_503_and_readiness_names_the_reason()
    {
        var fullDisk = new FullDisk();
        using var app = new TrackerApp(configureServices: services =>
        {
            services.ConfigureDbContext<SqliteTrackerDbContext>(options => options.AddInterceptors(fullDisk));
            services.ConfigureDbContext<PostgresTrackerDbContext>(options => options.AddInterceptors(fullDisk));
        });
        var editor = await app.ClientWithRolesAsync("editor", Roles.Editor);
        var ready = app.CreateClient();
        (await ready.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK, "nothing has failed yet");
        fullDisk.On = true;

        var write = await editor.PostAsJsonAsync("/api/v1/reports", Report);
        var afterFailure = await ready.GetAsync("/health/ready");

        await ShouldBeRetryLaterAsync(write);
        afterFailure.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await afterFailure.Content.ReadAsStringAsync()).Should().StartWith("Unhealthy").And.Contain("the disk holding the database is full");
    }

    [Fact]
    public async Task An_editor_form_saved_on_a_full_disk_shows_a_try_again_page()
    {
        var fullDisk = new FullDisk();
        using var app = new TrackerApp(configureServices: services =>
        {
            services.ConfigureDbContext<SqliteTrackerDbContext>(options => options.AddInterceptors(fullDisk));
            services.ConfigureDbContext<PostgresTrackerDbContext>(options => options.AddInterceptors(fullDisk));
        });
        var editor = await app.SignedInClientAsync("editor", Roles.Editor);
        var token = await editor.AntiforgeryTokenAsync("/editor/reports/new");
        fullDisk.On = true;

        var response = await editor.PostAsync("/editor/reports/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Outlet"] = "Outlet", ["Input.Title"] = "Written while the disk is full", ["Input.Language"] = "en", ["__RequestVerificationToken"] = token,
        }));

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter!.Delta.Should().Be(StorageFailure.RetryAfter);
        (await response.ParseAsync()).QuerySelector("h1")!.TextContent.Should().Be("Changes cannot be saved right now");
    }

    // The test's own database, dropped when the app is disposed; its name comes from the test's connection string.
    private static async Task SetReadOnlyAsync(TrackerApp app, string database)
    {
        var sql = "ALTER DATABASE \"" + database + "\" SET default_transaction_read_only = on";
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(sql));
        Npgsql.NpgsqlConnection.ClearAllPools();
    }

    private static async Task ShouldBeRetryLaterAsync(HttpResponseMessage write)
    {
        write.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        write.Headers.RetryAfter!.Delta.Should().Be(StorageFailure.RetryAfter);
        write.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await write.ReadJsonAsync<ProblemDetails>();
        problem.Status.Should().Be(503);
        problem.Title.Should().Be("The database cannot take changes right now");
    }

    /// <summary>Once on, opens the database file read-only, as SQLite does for a read-only file or mount (root ignores chmod).</summary>
    private sealed class OpenReadOnly : DbConnectionInterceptor
    {
        public volatile bool On;

        public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result,
            CancellationToken cancellationToken = default)
        {
            Apply(connection);
            return base.ConnectionOpeningAsync(connection, eventData, result, cancellationToken);
        }

        public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
        {
            Apply(connection);
            return base.ConnectionOpening(connection, eventData, result);
        }

        private void Apply(DbConnection connection) =>
            connection.ConnectionString = new SqliteConnectionStringBuilder(connection.ConnectionString) { Mode = On ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate }.ToString();
    }

    /// <summary>Once on, fails every insert as SQLite does when the disk is full (SQLITE_FULL).</summary>
    private sealed class FullDisk : DbCommandInterceptor
    {
        public volatile bool On;

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            On && command.CommandText.Contains("INSERT INTO", StringComparison.Ordinal)
                ? throw new SqliteException("database or disk is full", 13)
                : base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
