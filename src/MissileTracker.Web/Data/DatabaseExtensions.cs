using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Data.Reference;

namespace MissileTracker.Web.Data;

public static class DatabaseExtensions
{
    /// <summary>Registers the tracker's DbContext for the provider named by <c>Database:Provider</c>.</summary>
    public static IServiceCollection AddTrackerDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSingleton<StorageFailureMonitor>();
        if (IsPostgres(configuration))
        {
            var postgres = configuration.GetConnectionString("Tracker")
                ?? throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Tracker is not set.");
            services.AddPooledDbContextFactory<PostgresTrackerDbContext>((provider, options) =>
                options.UseNpgsql(postgres).AddInterceptors(provider.GetRequiredService<StorageFailureMonitor>()));
            services.AddScoped<TrackerDbContext>(Rent<PostgresTrackerDbContext>);
            return services;
        }

        var connectionString = SqliteConnectionString(configuration, environment);
        services.AddPooledDbContextFactory<SqliteTrackerDbContext>((provider, options) =>
            options.UseSqlite(connectionString).AddInterceptors(provider.GetRequiredService<StorageFailureMonitor>()));
        services.AddScoped<TrackerDbContext>(Rent<SqliteTrackerDbContext>);
        services.AddHostedService<SqlitePlannerStatistics>();
        if (UsesPreparedReads(configuration))
        {
            services.AddSingleton<PreparedReads>();
        }

        return services;
    }

    /// <summary>Whether the hottest public reads run as prepared SQLite statements (<see cref="PreparedReads"/>): on SQLite unless <c>Database:PreparedReads=false</c>.</summary>
    public static bool UsesPreparedReads(IConfiguration configuration) =>
        !IsPostgres(configuration) && configuration.GetValue("Database:PreparedReads", true);

    /// <summary>
    /// The request's context, rented from EF Core's pool: building a context and its services for every request
    /// was a visible part of a list request's CPU time (docs/performance.md). The pool resets what EF Core knows
    /// of; the change author is ours, so a rented context starts as "system" again and never carries the previous
    /// request's editor. The scope disposes the context, which returns it to the pool.
    /// </summary>
    private static TrackerDbContext Rent<TContext>(IServiceProvider services)
        where TContext : TrackerDbContext
    {
        var db = services.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext();
        db.Author = History.ChangeAuthor.System;
        return db;
    }

    /// <summary>
    /// True when <c>Database:Provider</c> is <c>Postgres</c> (or <c>PostgreSQL</c>/<c>Npgsql</c>);
    /// false for <c>Sqlite</c>, the default. Anything else is a configuration error.
    /// </summary>
    public static bool IsPostgres(IConfiguration configuration)
    {
        var provider = configuration["Database:Provider"] ?? "Sqlite";
        if (provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase) || provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase)
            || provider.Equals("Npgsql", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        throw new InvalidOperationException($"Database:Provider '{provider}' is not supported; use 'Sqlite' or 'Postgres'.");
    }

    /// <summary>
    /// Applies pending migrations, then loads the reference dataset (<c>Data/Reference</c>) into an empty
    /// database (unless <c>Database:SeedReferenceData</c> is false); a database holding any evidence is left alone. Skipped entirely when
    /// <c>Database:PrepareAtStartup</c> is false: the database is known to be prepared already
    /// (the tests' copies of a template database, which the app prepared once per test run).
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        // Even with nothing to apply, Migrate compares the model with the migrations' snapshot; with the
        // seeding check that was about 40% of an app's start in the tests, which start one app per test.
        if (!app.Configuration.GetValue("Database:PrepareAtStartup", true))
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        await db.Database.MigrateAsync();
        await UseWriteAheadLogAsync(db);
        await SqlitePlannerStatistics.RefreshAsync(db);
        await scope.ServiceProvider.EnsureRolesAsync();
        if (app.Configuration.GetValue("Database:SeedReferenceData", true) && await ReferenceDataLoader.IsEmptyAsync(db))
        {
            await ActivatorUtilities.CreateInstance<ReferenceDataLoader>(scope.ServiceProvider).ApplyAsync(ReferenceDataset.Shipped, dryRun: false);
        }
    }

    // WAL lets readers run while a writer commits; the mode is stored in the file, so once suffices.
    // In-memory databases (tests) keep their own journal mode.
    private static async Task UseWriteAheadLogAsync(TrackerDbContext db)
    {
        if (!db.Database.IsSqlite())
        {
            return;
        }

        if (new SqliteConnectionStringBuilder(db.Database.GetConnectionString()) is { Mode: not SqliteOpenMode.Memory, DataSource: not (":memory:" or "") })
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
    }

    // A relative file path is resolved against the content root, and its folder created,
    // so `dotnet run` works on a fresh clone.
    private static string SqliteConnectionString(IConfiguration configuration, IHostEnvironment environment)
    {
        var builder = new SqliteConnectionStringBuilder(
            configuration.GetConnectionString("Tracker") ?? "Data Source=App_Data/missiletracker.db");
        // Writers wait (up to 30 s) for a busy database instead of failing at once.
        builder.DefaultTimeout = 30;
        var source = builder.DataSource;
        var inMemory = source == ":memory:" || builder.Mode == SqliteOpenMode.Memory || source.StartsWith("file:", StringComparison.Ordinal);
        if (!inMemory && !string.IsNullOrEmpty(source))
        {
            var fullPath = Path.GetFullPath(source, environment.ContentRootPath);
            Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
            builder.DataSource = fullPath;
        }

        return builder.ToString();
    }
}
