using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MissileTracker.Web.Data;

namespace MissileTracker.Tests.Infrastructure;

/// <summary>
/// The app on its own private in-memory SQLite database, migrated at start like production.
/// One instance per test: no test sees another's data.
/// </summary>
public sealed class TrackerApp : WebApplicationFactory<Program>
{
    private readonly SqliteConnection _keepAlive;
    private readonly bool _seedSampleData;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    /// <param name="seedSampleData">Seed the two source articles' evidence (the default) or start empty.</param>
    /// <param name="settings">Extra configuration, e.g. <c>["RateLimiting:PublicPermitPerMinute"] = "3"</c>.</param>
    public TrackerApp(bool seedSampleData = true, IReadOnlyDictionary<string, string?>? settings = null)
    {
        _seedSampleData = seedSampleData;
        _settings = settings ?? new Dictionary<string, string?>();
        ConnectionString = $"Data Source=tracker-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
        // A shared in-memory database lives as long as one connection to it is open.
        _keepAlive = new SqliteConnection(ConnectionString);
        _keepAlive.Open();
    }

    public string ConnectionString { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Tracker", ConnectionString);
        builder.UseSetting("Database:SeedSampleData", _seedSampleData ? "true" : "false");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Runs <paramref name="work"/> against the app's database in a fresh scope.</summary>
    public async Task<T> WithDbAsync<T>(Func<TrackerDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TrackerDbContext>());
    }

    public Task WithDbAsync(Func<TrackerDbContext, Task> work) =>
        WithDbAsync(async db =>
        {
            await work(db);
            return true;
        });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _keepAlive.Dispose();
        }
    }
}
