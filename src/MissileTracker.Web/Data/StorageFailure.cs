using Microsoft.Data.Sqlite;
using Npgsql;

namespace MissileTracker.Web.Data;

/// <summary>
/// Recognises the database refusing a write because of where it stores data (a read-only file,
/// mount or server, a full disk, an I/O error) rather than because of the write itself. Such a
/// write is worth retrying later unchanged, so it is answered 503 with <c>Retry-After</c>, not 500.
/// </summary>
public static class StorageFailure
{
    /// <summary>How long a client should wait before retrying, and how long readiness stays down after such a failure.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(60);

    public const string ReadOnlyFile = "the database file is read-only";
    public const string ReadOnlyServer = "the PostgreSQL server accepts no writes (read-only)";

    // SQLite primary result codes: https://sqlite.org/rescode.html
    private const int SqliteIoError = 10;
    private const int SqliteReadOnly = 8;
    private const int SqliteFull = 13;
    private const int SqliteCannotOpen = 14;

    /// <summary>The reason, in words for an operator, when <paramref name="exception"/> (or one it wraps) is a storage failure; otherwise null.</summary>
    public static string? ReasonOf(Exception exception)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            var reason = inner switch
            {
                SqliteException { SqliteErrorCode: SqliteReadOnly } => ReadOnlyFile,
                SqliteException { SqliteErrorCode: SqliteFull } => "the disk holding the database is full",
                SqliteException { SqliteErrorCode: SqliteIoError } => "the database file could not be written (I/O error)",
                SqliteException { SqliteErrorCode: SqliteCannotOpen } => "the database file could not be opened for writing",
                // PostgreSQL SQLSTATE codes: https://www.postgresql.org/docs/current/errcodes-appendix.html
                PostgresException { SqlState: PostgresErrorCodes.ReadOnlySqlTransaction } => ReadOnlyServer,
                PostgresException { SqlState: PostgresErrorCodes.DiskFull } => "the PostgreSQL server's disk is full",
                PostgresException { SqlState: PostgresErrorCodes.InsufficientResources or PostgresErrorCodes.OutOfMemory } => "the PostgreSQL server is out of resources",
                PostgresException { SqlState: PostgresErrorCodes.IoError } => "the PostgreSQL server could not write (I/O error)",
                _ => null,
            };
            if (reason is not null)
            {
                return reason;
            }
        }

        return null;
    }

    public static bool Is(Exception exception) => ReasonOf(exception) is not null;

    /// <summary>The status for an unhandled exception: 503 for a storage failure, 500 for anything else.</summary>
    public static int StatusCodeOf(Exception exception) =>
        Is(exception) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
}
