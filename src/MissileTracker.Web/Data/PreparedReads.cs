using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.ObjectPool;

namespace MissileTracker.Web.Data;

/// <summary>
/// Open SQLite connections, pooled, each keeping the commands it has run prepared, for the public's hottest reads as raw
/// SQL (<see cref="Strikes.PublicStrikeDetails"/>, <see cref="Strikes.PublicStrikeList"/>). Why: profiled, a third of a
/// read's CPU time was SQLite parsing and planning the same SQL again on every request, and most of the rest EF Core's
/// work per query (docs/performance.md, "Issue 18, third pass"). A read takes a connection, runs its commands (several
/// inside one read transaction, so they see one snapshot) and gives the connection back. SQLite only: PostgreSQL reads through EF Core;
/// <c>Database:PreparedReads=false</c> turns this off.
/// </summary>
public sealed class PreparedReads : IDisposable
{
    private const int MaxRetained = 32;

    private readonly Lock gate = new();
    private ObjectPool<PreparedConnection>? pool;
    private bool disposed;

    /// <summary>Runs <paramref name="read"/>, one statement, on a pooled connection.</summary>
    /// <param name="db">Supplies the connection string on first use.</param>
    /// <param name="read">The read; commands come from <see cref="PreparedConnection.Command"/>.</param>
    internal Task<T> ReadAsync<T>(TrackerDbContext db, Func<PreparedConnection, Task<T>> read) => RunAsync(db, read, snapshot: false);

    /// <summary>Runs <paramref name="read"/>, several statements, on a pooled connection inside one read transaction, so they read one state of the data.</summary>
    internal Task<T> ReadSnapshotAsync<T>(TrackerDbContext db, Func<PreparedConnection, Task<T>> read) => RunAsync(db, read, snapshot: true);

    private async Task<T> RunAsync<T>(TrackerDbContext db, Func<PreparedConnection, Task<T>> read, bool snapshot)
    {
        var connections = Pool(db);
        var connection = connections.Get();
        T result;
        try
        {
            result = snapshot ? await connection.InTransactionAsync(read) : await read(connection);
        }
        catch
        {
            // The connection may be mid-transaction or mid-read: never hand it to the next request.
            connection.Dispose();
            throw;
        }

        connections.Return(connection);
        return result;
    }

    private ObjectPool<PreparedConnection> Pool(TrackerDbContext db)
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            // Up to as many connections as requests run at once, kept: a connection made afresh reads the schema, prepares
            // its statements and fills its page cache from the file again. The default (twice the cores) was too few for
            // eight concurrent lists on two cores: a fifth of the CPU time went to reading the file (docs/performance.md).
            // The provider's pool of a disposable type disposes what it keeps when it is disposed (at shutdown).
            return pool ??= new DefaultObjectPoolProvider { MaximumRetained = MaxRetained }.Create(new Policy(db.Database.GetConnectionString()!));
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            (pool as IDisposable)?.Dispose();
        }
    }

    private sealed class Policy(string connectionString) : PooledObjectPolicy<PreparedConnection>
    {
        public override PreparedConnection Create() => new(connectionString);

        public override bool Return(PreparedConnection obj) => true;
    }
}

/// <summary>One open connection and the commands prepared on it, by their text.</summary>
internal sealed class PreparedConnection : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly Dictionary<string, SqliteCommand> commands = new(StringComparer.Ordinal);

    public PreparedConnection(string connectionString)
    {
        connection = new SqliteConnection(connectionString);
        connection.Open();
    }

    /// <summary>
    /// The command of <paramref name="text"/>, prepared the first time this connection runs it, with its parameters
    /// cleared for the caller to add.
    /// </summary>
    public SqliteCommand Command(string text)
    {
        if (!commands.TryGetValue(text, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = text;
            command.Prepare();
            commands.Add(text, command);
        }

        command.Parameters.Clear();
        return command;
    }

    /// <summary>
    /// Runs <paramref name="read"/> between a deferred BEGIN (no lock is taken; the first read fixes the snapshot every
    /// later SELECT sees, in WAL mode) and a ROLLBACK (nothing was written). Both are prepared commands too:
    /// <c>SqliteConnection.BeginTransaction</c> parses BEGIN and ROLLBACK again on every call, which the profile showed.
    /// </summary>
    public async Task<T> InTransactionAsync<T>(Func<PreparedConnection, Task<T>> read)
    {
        Command("BEGIN").ExecuteNonQuery();
        try
        {
            return await read(this);
        }
        finally
        {
            Command("ROLLBACK").ExecuteNonQuery();
        }
    }

    public void Dispose()
    {
        foreach (var command in commands.Values)
        {
            command.Dispose();
        }

        connection.Dispose();
    }
}
