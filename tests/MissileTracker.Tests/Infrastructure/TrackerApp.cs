using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.DependencyInjection;
using MissileTracker.Tests.Builders;
using MissileTracker.Web.Data;

namespace MissileTracker.Tests.Infrastructure;

/// <summary>
/// The app on its own private in-memory SQLite database: a copy of a template the app migrated
/// once per test run, with or without the tests' <see cref="KnownEvidence"/> (<see cref="SqliteTemplate"/>),
/// so it starts without migrating; given a <c>connectionString</c>, it prepares that database at
/// start like production and then adds the known evidence.
/// One instance per test: no test sees another's data. When <c>MISSILETRACKER_TEST_POSTGRES</c>
/// holds an admin connection string to a PostgreSQL server, each instance instead gets its own
/// freshly created PostgreSQL database (cloned from a migrated template), dropped on dispose.
/// Every client it creates checks each API response against the OpenAPI contract
/// (<see cref="OpenApiContractHandler"/>); a client made any other way is refused.
/// </summary>
public sealed class TrackerApp : WebApplicationFactory<Program>
{
    private readonly SqliteConnection? _keepAlive;
    private readonly PostgresTestDatabase? _postgres;
    private readonly bool _knownEvidence;
    private readonly Action<IServiceCollection>? _configureServices;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly string _environment;
    private readonly bool _fromTemplate;

    // CreateClient is synchronous, so ConfigureClient runs on the thread that set this.
    [ThreadStatic]
    private static bool _creatingCheckedClient;

    /// <param name="knownEvidence">Start with the tests' <see cref="KnownEvidence"/>; false for an empty database (the weapon catalogue and roles only).
    /// The app's reference data is never loaded (only <c>ReferenceDataTests</c> turns it on, through <paramref name="settings"/>).</param>
    /// <param name="connectionString">A database other than the default private in-memory one (e.g. a file).</param>
    /// <param name="configureServices">Test-only service changes, e.g. a fault-injecting interceptor.</param>
    /// <param name="settings">Extra configuration, e.g. <c>["RateLimiting:PublicPermitPerMinute"] = "3"</c>.</param>
    /// <param name="postgres">A PostgreSQL database the test prepared (e.g. by copying into it); the app drops it on dispose.</param>
    /// <param name="environment">The hosting environment; <c>Production</c> turns on Secure-only cookies and HSTS.</param>
    public TrackerApp(bool knownEvidence = true, string? connectionString = null, Action<IServiceCollection>? configureServices = null,
        IReadOnlyDictionary<string, string?>? settings = null, PostgresTestDatabase? postgres = null, string environment = "Testing")
    {
        _knownEvidence = knownEvidence;
        _environment = environment;
        _configureServices = configureServices;
        _settings = settings ?? new Dictionary<string, string?>();
        if (postgres is not null || (connectionString is null && PostgresTestDatabase.AdminConnectionString is not null))
        {
            _postgres = postgres ?? PostgresTestDatabase.Create();
            ConnectionString = _postgres.ConnectionString;
            return;
        }

        ConnectionString = connectionString ?? $"Data Source=tracker-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
        // A shared in-memory database lives as long as one connection to it is open.
        _keepAlive = new SqliteConnection(ConnectionString);
        _keepAlive.Open();
        if (connectionString is null)
        {
            SqliteTemplate.For(knownEvidence).CopyTo(_keepAlive);
            _fromTemplate = true;
        }
    }

    public string ConnectionString { get; }

    /// <summary>True when this instance runs on PostgreSQL rather than SQLite.</summary>
    public bool IsPostgres => _postgres is not null;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.UseSetting("ConnectionStrings:Tracker", ConnectionString);
        builder.UseSetting("Database:Provider", IsPostgres ? "Postgres" : "Sqlite");
        builder.UseSetting("Database:SeedReferenceData", "false");
        builder.UseSetting("Database:PrepareAtStartup", _fromTemplate ? "false" : "true");
        // Each request's log line is written to the test output otherwise; LogCapture still sees them.
        builder.UseSetting("Logging:Console:LogLevel:Default", "Warning");
        // A full export rendered in the background would make a test's second download depend on timing (live or
        // from the file); FullExportFileTests turns it on.
        builder.UseSetting(Web.Strikes.FullExports.Setting, "false");
        // Every test's app starts in this one process: a blocking, compacting collection of the whole process at each
        // start stopped every other test's threads (the suite took more than twice as long).
        builder.UseSetting(Web.Http.StartupMemoryTrim.Setting, "false");
        builder.ConfigureServices(services =>
            // Test accounts need no protection from guessing: 1 PBKDF2 round instead of 100,000 (~60 ms) per hash and check.
            services.Configure<PasswordHasherOptions>(options => options.IterationCount = 1));
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_configureServices is not null)
        {
            builder.ConfigureServices(_configureServices);
        }
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        // A template copy has the evidence already; any other database gets it once the app has prepared it.
        if (_knownEvidence && !_fromTemplate)
        {
            using var scope = host.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            if (!db.Strikes.IgnoreQueryFilters().Any())
            {
                KnownEvidence.AddToAsync(db).GetAwaiter().GetResult();
            }
        }

        return host;
    }

    /// <summary>A client that follows redirects and keeps cookies, and checks every API response against the OpenAPI contract.</summary>
    public new HttpClient CreateClient() => CreateClient(ClientOptions);

    /// <summary>A client with <paramref name="options"/> that checks every API response against the OpenAPI contract.</summary>
    public new HttpClient CreateClient(WebApplicationFactoryClientOptions options)
    {
        // The same handlers WebApplicationFactory would add, then the contract check next to the server,
        // so it sees every response (each redirect too) exactly as the server sent it.
        var handlers = new List<DelegatingHandler>();
        if (options.AllowAutoRedirect)
        {
            handlers.Add(new RedirectHandler(options.MaxAutomaticRedirections));
        }

        if (options.HandleCookies)
        {
            handlers.Add(new CookieContainerHandler());
        }

        handlers.Add(new OpenApiContractHandler(OpenApiResponseContract.Current));
        _creatingCheckedClient = true;
        try
        {
            return CreateDefaultClient(options.BaseAddress, [.. handlers]);
        }
        finally
        {
            _creatingCheckedClient = false;
        }
    }

    protected override void ConfigureClient(HttpClient client)
    {
        // Every client of this factory (CreateDefaultClient, WithWebHostBuilder's) passes through here.
        if (!_creatingCheckedClient)
        {
            throw new InvalidOperationException("Create clients with TrackerApp.CreateClient, which checks responses against the OpenAPI contract; "
                + "for other services or settings, pass configureServices or settings to the TrackerApp constructor instead of WithWebHostBuilder.");
        }

        base.ConfigureClient(client);
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
            _keepAlive?.Dispose();
            _postgres?.Dispose();
        }
    }
}
