using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace MissileTracker.Web.Data;

/// <summary>
/// One consistent view of the data for a long read (an export, a release), that blocks no one. For any isolation
/// level Microsoft.Data.Sqlite begins with <c>BEGIN IMMEDIATE</c>, which takes SQLite's write lock: a 1M-strike export
/// held it for its whole minute, so editors' saves and a second export waited and, after the 30 s busy timeout,
/// failed with "database is locked" (seen in the benchmark once the full export was rendered in the background
/// beside a live one). A deferred transaction takes no lock; in WAL mode its first read fixes the snapshot every
/// later read sees. PostgreSQL's repeatable read is a snapshot already.
/// </summary>
public static class ReadSnapshots
{
    public static async Task<IAsyncDisposable> BeginReadSnapshotAsync(this DatabaseFacade database, CancellationToken ct)
    {
        if (database.GetDbConnection() is not SqliteConnection sqlite)
        {
            return await database.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        }

        await database.OpenConnectionAsync(ct);
        var transaction = sqlite.BeginTransaction(IsolationLevel.Serializable, deferred: true);
        await database.UseTransactionAsync(transaction, ct);
        return new SqliteSnapshot(database, transaction);
    }

    private sealed class SqliteSnapshot(DatabaseFacade database, SqliteTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await database.UseTransactionAsync(null);
            await transaction.DisposeAsync();
            await database.CloseConnectionAsync();
        }
    }
}
