using Microsoft.EntityFrameworkCore;

namespace MissileTracker.Web.Data;

/// <summary>
/// Keeps SQLite's query planner statistics (<c>sqlite_stat1</c>) current. Without them SQLite guesses
/// that an index on (Status, DeletedAt) is selective and walks every published report to count one
/// strike's reports: a 20-row page cost 195 ms at 10k strikes and grew with the table; with them the
/// same page takes 1 ms at any size (docs/performance.md). PostgreSQL's autovacuum does this itself.
/// </summary>
public sealed partial class SqlitePlannerStatistics(IServiceScopeFactory scopes, ILogger<SqlitePlannerStatistics> logger) : BackgroundService
{
    /// <summary>How often a running server refreshes the statistics of tables that have grown.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    /// <summary>
    /// Analyzes the tables never analyzed or grown tenfold since (SQLite's <c>PRAGMA optimize</c>).
    /// The whole index is read (0.5 s at 100k strikes): a sampled analysis (<c>analysis_limit</c>)
    /// guessed that one value of Status covers a thousand rows, not all of them, and sent the
    /// timeline through a sort of every strike.
    /// </summary>
    public static async Task RefreshAsync(TrackerDbContext db, CancellationToken ct = default)
    {
        if (db.Database.IsSqlite())
        {
            // 0x10002: consider every table, not only those this connection has queried.
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002;", ct);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await RefreshAsync(scope.ServiceProvider.GetRequiredService<TrackerDbContext>(), stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Stale statistics make queries slower, never wrong: log and try again next hour.
                RefreshFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshing SQLite planner statistics failed.")]
    private static partial void RefreshFailed(ILogger logger, Exception exception);
}
