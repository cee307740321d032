using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Tests.Reliability;

[Trait("Provider", "SqliteOnly")]
public sealed class ConcurrentWritersTests : IDisposable
{
    private const int Writers = 4;
    private const int WritesEach = 40;
    private const int Readers = 4;
    private const int ReadsEach = 40;
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"tracker-concurrency-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Concurrent_writers_and_readers_lose_no_write_and_never_see_half_a_strike()
    {
        using var app = new TrackerApp(connectionString: $"Data Source={_file}");
        var reportId = (await app.GetKnownKharkivAsync()).Reports[0].Id;
        var writers = new List<HttpClient>();
        for (var i = 0; i < Writers; i++)
        {
            writers.Add(await app.ClientWithRolesAsync($"writer{i}", Roles.Editor));
        }

        var reader = await app.ClientWithRolesAsync("reader", Roles.Editor);
        var created = new ConcurrentBag<int>();
        var failures = new ConcurrentBag<string>();
        var halfWritten = new ConcurrentBag<int>();

        var writing = writers.Select((client, w) => Task.Run(async () =>
        {
            for (var i = 0; i < WritesEach; i++)
            {
                var response = await client.PostAsJsonAsync("/api/v1/strikes", new
                {
                    date = new DateOnly(2024, 1, 1).AddDays((w * WritesEach) + i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    datePrecision = "Day", locationPrecision = "NotReported", originStatus = "Suspected", missileType = "kn-24",
                    summary = $"Concurrent strike {w}-{i} written under load.", reportIds = new[] { reportId },
                });
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    created.Add((await response.ReadJsonAsync<StrikeDetail>()).Id);
                }
                else
                {
                    failures.Add($"write {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                }
            }
        }));
        var reading = Enumerable.Range(0, Readers).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < ReadsEach; i++)
            {
                var list = await reader.GetAsync("/api/v1/strikes?pageSize=50");
                if (!list.IsSuccessStatusCode)
                {
                    failures.Add($"list {(int)list.StatusCode}");
                }

                foreach (var id in created.Take(5))
                {
                    var detail = await reader.GetAsync($"/api/v1/strikes/{id}");
                    if (!detail.IsSuccessStatusCode)
                    {
                        failures.Add($"read {id}: {(int)detail.StatusCode}");
                        continue;
                    }

                    var strike = await detail.ReadJsonAsync<StrikeDetail>();
                    if (strike.Reports.Count != 1 || strike.History.Count == 0)
                    {
                        halfWritten.Add(id);
                    }
                }
            }
        }));
        await Task.WhenAll(writing.Concat(reading));

        failures.Should().BeEmpty();
        halfWritten.Should().BeEmpty();
        created.Should().HaveCount(Writers * WritesEach).And.OnlyHaveUniqueItems();
        var stored = await app.WithDbAsync(db => db.Strikes.IgnoreQueryFilters().Where(s => s.Summary.StartsWith("Concurrent strike")).Select(s => s.Id).ToListAsync());
        stored.Should().BeEquivalentTo(created, "every accepted write is present");
    }
}
