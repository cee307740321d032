using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Stats;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Tests.Querying;

/// <summary>Totals, timeline counts and statistics are cached, and must still never show a reader stale figures after a change.</summary>
public sealed class AggregateCacheTests : IDisposable
{
    private readonly TrackerApp _app = new();

    public void Dispose() => _app.Dispose();

    private static async Task<(int ListTotal, int KharkivTotal, int StatsTotal, int AxisTotal)> FiguresAsync(HttpClient client)
    {
        var list = await client.GetJsonAsync<PagedResponse<StrikeSummary>>("/api/v1/strikes");
        var kharkiv = await client.GetJsonAsync<PagedResponse<StrikeSummary>>("/api/v1/strikes?oblast=Kharkiv");
        var stats = await client.GetJsonAsync<StrikeStats>("/api/v1/stats");
        var (response, page) = await client.GetPageAsync("/");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var axis = page.QuerySelectorAll(".axis-count").Sum(c => int.Parse(c.TextContent, CultureInfo.InvariantCulture));
        return (list.Total, kharkiv.Total, stats.Total.Strikes, axis);
    }

    [Fact]
    public async Task Unpublishing_and_republishing_a_strike_shows_in_every_count_at_once()
    {
        var anonymous = _app.CreateClient();
        var reviewer = await _app.ClientWithRolesAsync("reviewer1", "reviewer");
        var before = await FiguresAsync(anonymous);
        before.Should().Be((3, 1, 3, 3));
        var kharkiv = (await anonymous.GetJsonAsync<PagedResponse<StrikeSummary>>("/api/v1/strikes?oblast=Kharkiv")).Items.Single();

        (await reviewer.PostAsync($"/api/v1/strikes/{kharkiv.Id}/unpublish", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await FiguresAsync(anonymous)).Should().Be((2, 0, 2, 2));

        (await reviewer.PostAsync($"/api/v1/strikes/{kharkiv.Id}/publish", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await FiguresAsync(anonymous)).Should().Be(before);
    }

    [Fact]
    public async Task Concurrent_misses_compute_once_and_share_the_result()
    {
        _app.CreateClient();
        var computations = 0;
        var release = new TaskCompletionSource();
        async Task<int> Compute(CancellationToken ct)
        {
            Interlocked.Increment(ref computations);
            await release.Task.WaitAsync(ct);
            return 42;
        }

        var scopes = Enumerable.Range(0, 8).Select(_ => _app.Services.CreateAsyncScope()).ToList();
        var readers = scopes.Select(scope => scope.ServiceProvider.GetRequiredService<AggregateCache>().GetAsync("test", "same", Compute, CancellationToken.None)).ToList();
        await Task.Delay(100);
        release.SetResult();

        (await Task.WhenAll(readers)).Should().AllBeEquivalentTo(42);
        computations.Should().Be(1);
        foreach (var scope in scopes)
        {
            await scope.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_failed_computation_is_not_cached()
    {
        _app.CreateClient();
        var calls = 0;
        Task<int> Compute(CancellationToken ct) => ++calls == 1 ? throw new InvalidOperationException("database gone") : Task.FromResult(7);

        await using (var first = _app.Services.CreateAsyncScope())
        {
            var failing = () => first.ServiceProvider.GetRequiredService<AggregateCache>().GetAsync("test", "flaky", Compute, CancellationToken.None);
            await failing.Should().ThrowAsync<InvalidOperationException>();
        }

        await using var second = _app.Services.CreateAsyncScope();
        (await second.ServiceProvider.GetRequiredService<AggregateCache>().GetAsync("test", "flaky", Compute, CancellationToken.None)).Should().Be(7);
    }

    [Fact]
    public async Task Different_filters_are_counted_apart()
    {
        var client = _app.CreateClient();

        var kharkiv = await client.GetJsonAsync<PagedResponse<StrikeSummary>>("/api/v1/strikes?oblast=Kharkiv");
        var all = await client.GetJsonAsync<PagedResponse<StrikeSummary>>("/api/v1/strikes");
        var early = await client.GetJsonAsync<StrikeStats>("/api/v1/stats?to=2023-12-31");

        (kharkiv.Total, all.Total, early.Total.Strikes).Should().Be((1, 3, 1));
    }
}
