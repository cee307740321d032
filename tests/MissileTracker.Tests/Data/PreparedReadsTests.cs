using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Data;
using Xunit;

namespace MissileTracker.Tests.Data;

/// <summary>The pool of prepared SQLite connections: reused while healthy, dropped after a failed read, closed when disposed.</summary>
[Trait("Provider", "SqliteOnly")] // The prepared reads are SQLite's.
public sealed class PreparedReadsTests : IDisposable
{
    private readonly TrackerApp _app = new(knownEvidence: false);

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_connection_is_reused_after_a_read_dropped_after_a_failed_one_and_closed_when_the_pool_is_disposed()
    {
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var reads = new PreparedReads();
        PreparedConnection? first = null;
        PreparedConnection? second = null;

        (await reads.ReadAsync(db, async c => { first = c; return await c.Command("SELECT 1").ExecuteScalarAsync(); })).Should().Be(1L);
        (await reads.ReadSnapshotAsync(db, async c => { second = c; return await c.Command("SELECT 2").ExecuteScalarAsync(); })).Should().Be(2L);
        second.Should().BeSameAs(first, "a healthy connection goes back to the pool");

        var failing = () => reads.ReadAsync<object?>(db, c => throw new InvalidOperationException("a read that fails"));
        await failing.Should().ThrowAsync<InvalidOperationException>();
        PreparedConnection? third = null;
        await reads.ReadAsync(db, c => { third = c; return Task.FromResult(0); });
        third.Should().NotBeSameAs(first, "a connection whose read failed is never handed on");
        first!.Invoking(c => c.Command("SELECT 3").ExecuteScalar()).Should().Throw<InvalidOperationException>("it was closed");

        reads.Dispose();
        third!.Invoking(c => c.Command("SELECT 4").ExecuteScalar()).Should().Throw<InvalidOperationException>("disposing the pool closes the connections it keeps");
    }
}
