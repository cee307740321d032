using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MissileTracker.Web.Data;

/// <summary>
/// Remembers the latest storage failure (<see cref="StorageFailure"/>) of any command or commit,
/// whoever handled the exception, so readiness can report it: a full disk shows only when
/// something is written.
/// </summary>
public sealed class StorageFailureMonitor(TimeProvider clock) : IDbCommandInterceptor, IDbTransactionInterceptor
{
    private Failure? _latest;

    public sealed record Failure(string Reason, DateTimeOffset At);

    public Failure? Latest => Volatile.Read(ref _latest);

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Record(eventData.Exception);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Record(eventData.Exception);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Record(eventData.Exception);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Record(eventData.Exception);
        return Task.CompletedTask;
    }

    private void Record(Exception exception)
    {
        if (StorageFailure.ReasonOf(exception) is { } reason)
        {
            Volatile.Write(ref _latest, new Failure(reason, clock.GetUtcNow()));
        }
    }
}
