using System.Text.Json;
using FluentAssertions;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Data;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Places;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Reports;
using MissileTracker.Web.Strikes;
using MissileTracker.Web.Weapons;
using Xunit;

namespace MissileTracker.Tests.Strikes;

/// <summary>
/// The public list's prepared SQLite statements (<see cref="PublicStrikeList"/>) write the date, oblast and missile-type
/// filters, the six orders, their cursors and the public's visibility rules in SQL a second time; these tests hold them to
/// EF Core's reads (<see cref="StrikeFilter.Where"/>, <see cref="StrikeSorting"/>, the named query filters): for every
/// shape of filter, order and paging, both give the same page as JSON, the same count and the same counts per day.
/// </summary>
[Trait("Provider", "SqliteOnly")] // The prepared statements are SQLite's; PostgreSQL reads the list through EF Core.
public sealed class PublicStrikeListTests : IDisposable
{
    private readonly TrackerApp _app = new(knownEvidence: false);

    public void Dispose() => _app.Dispose();

    private static readonly DateOnly Start = new(2025, 1, 1);

    private static readonly StrikeFilter[] Filters =
    [
        StrikeFilter.None,
        new() { From = Start.AddDays(10) },
        new() { To = Start.AddDays(20) },
        new() { From = Start.AddDays(5), To = Start.AddDays(25) },
        new() { Oblasts = [Oblast.Kharkiv] },
        new() { Oblasts = [Oblast.Kharkiv, Oblast.Odesa] },
        new() { WeaponCodes = [WeaponCatalog.Kn24] },
        new() { WeaponCodes = [WeaponCatalog.Kn23, WeaponCatalog.Kn24] },
        new() { From = Start.AddDays(3), Oblasts = [Oblast.Kharkiv], WeaponCodes = [WeaponCatalog.Kn23] },
        new() { From = Start.AddDays(3), To = Start.AddDays(30), Oblasts = [Oblast.Kharkiv, Oblast.Kyiv], WeaponCodes = [WeaponCatalog.Kn23, WeaponCatalog.IskanderMOrKn23] },
        new() { Oblasts = [Oblast.Lviv] }, // nothing matches
    ];

    [Fact]
    public async Task Every_filter_shape_order_and_paging_reads_the_same_as_EF_Core()
    {
        await SeedAsync();
        using var scope = _app.Services.CreateScope();
        var (throughEf, throughSql, json) = BothReads(scope.ServiceProvider);
        var compared = 0;
        var nonEmpty = 0;

        foreach (var filter in Filters)
        {
            (await throughSql.CountAsync(filter, default)).Should().Be(await throughEf.CountAsync(filter, default), $"the count of {filter}");
            Serialize(await throughSql.CountByDateAsync(filter, default)).Should().Be(Serialize(await throughEf.CountByDateAsync(filter, default)), $"the per-day counts of {filter}");
            foreach (var sort in Enum.GetValues<StrikeSort>())
            {
                var sorted = filter with { Sort = sort };
                PublicStrikeListSql.Handles(sorted, new PageRequest(1, 4)).Should().BeTrue();
                var pages = new List<PageRequest> { new(1, 4), new(2, 4), new(1, 100) };
                var first = await throughEf.ListAsync(sorted, pages[0], default);
                if (first.NextCursor is { } cursor && sort is not (StrikeSort.UpdatedAscending or StrikeSort.UpdatedDescending))
                {
                    pages.Add(new PageRequest(1, 4) { After = cursor });
                }

                foreach (var page in pages)
                {
                    var expected = await throughEf.ListAsync(sorted, page, default);
                    var actual = await throughSql.ListAsync(sorted, page, default);
                    JsonSerializer.Serialize(actual, json).Should().Be(JsonSerializer.Serialize(expected, json), $"{sorted} at {page}");
                    compared++;
                    nonEmpty += expected.Items.Count > 0 ? 1 : 0;
                }
            }
        }

        compared.Should().BeGreaterThan(200);
        nonEmpty.Should().BeGreaterThan(150, "most pages hold strikes");

        string Serialize(object value) => JsonSerializer.Serialize(value, json);
    }

    [Fact]
    public async Task Every_filter_shape_order_and_limit_exports_the_same_rows_as_EF_Core()
    {
        await SeedAsync();
        await LinkPlacesAsync();
        using var scope = _app.Services.CreateScope();
        var (throughEf, throughSql, json) = BothReads(scope.ServiceProvider);
        var rows = 0;

        foreach (var filter in Filters)
        {
            foreach (var sort in Enum.GetValues<StrikeSort>())
            {
                foreach (var (limit, withPlaces) in new (int?, bool)[] { (null, false), (null, true), (3, false) })
                {
                    var expected = await throughEf.StreamAsync(filter with { Sort = sort }, limit, withPlaces, default).ToListAsync();
                    var actual = await throughSql.StreamAsync(filter with { Sort = sort }, limit, withPlaces, default).ToListAsync();
                    Describe(actual).Should().Be(Describe(expected), $"{filter} by {sort}, limit {limit}, places {withPlaces}");
                    rows += expected.Count;
                }
            }
        }

        rows.Should().BeGreaterThan(1000, "most exports hold strikes");

        // The row as JSON (its sources and officials included), with what JSON leaves out: the places and the publication time.
        string Describe(List<StrikeExportRow> export) => string.Join("\n", export.Select(r =>
            JsonSerializer.Serialize(r, json) + " " + JsonSerializer.Serialize(r.Places, json) + " " + r.PublishedAt?.ToString("O")));
    }

    [Fact]
    public async Task The_list_endpoint_hides_what_the_public_may_not_see_through_the_prepared_read()
    {
        await SeedAsync();
        var client = _app.CreateClient();

        var page = JsonDocument.Parse(await client.GetStringAsync("/api/v1/strikes?oblast=Kharkiv,Kyiv,Odesa&pageSize=100")).RootElement;

        var summaries = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("summary").GetString()).ToList();
        summaries.Should().NotContain(s => s!.Contains("draft") || s.Contains("deleted"));
        page.GetProperty("total").GetInt32().Should().Be(summaries.Count);
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("reportCount").GetInt32()).Should().Contain(1, "a strike's draft report is not counted");
    }

    [Fact]
    public async Task A_pooled_connection_sees_each_change_at_once()
    {
        await SeedAsync();
        var client = _app.CreateClient();
        var before = await client.GetAsync("/api/v1/strikes?oblast=Kharkiv&pageSize=1");
        var total = JsonDocument.Parse(await before.Content.ReadAsStringAsync()).RootElement.GetProperty("total").GetInt32();

        for (var n = 1; n <= 3; n++)
        {
            var added = await _app.AddAsync(Evidence.Strike(Start.AddDays(40 + n), Oblast.Kharkiv, summary: $"Added {n}"));
            var after = await client.GetAsync("/api/v1/strikes?oblast=Kharkiv&pageSize=1");
            var page = JsonDocument.Parse(await after.Content.ReadAsStringAsync()).RootElement;

            page.GetProperty("total").GetInt32().Should().Be(total + n, "the count is read afresh, not from a connection's old snapshot");
            page.GetProperty("items")[0].GetProperty("id").GetInt32().Should().Be(added.Id, "the newest strike leads the page");
            (await client.GetAsync($"/api/v1/strikes/{added.Id}")).StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
            after.Headers.GetValues("X-Data-Version").Single().Should().NotBe(before.Headers.GetValues("X-Data-Version").Single());
            before = after;
        }
    }

    // The same queries twice on one context: through EF Core only, and through the SQLite statements where they apply.
    private static (StrikeQueries ThroughEf, StrikeQueries ThroughSql, JsonSerializerOptions Json) BothReads(IServiceProvider services)
    {
        var db = services.GetRequiredService<TrackerDbContext>();
        var aggregates = services.GetRequiredService<AggregateCache>();
        return (new StrikeQueries(db, aggregates), new StrikeQueries(db, aggregates, list: services.GetRequiredService<PublicStrikeList>()),
            services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions);
    }

    /// <summary>
    /// Places for a third of the strikes: one or two each, in either position, and a draft and a deleted place that an
    /// export leaves out.
    /// </summary>
    private async Task LinkPlacesAsync() =>
        await _app.WithDbAsync(async db =>
        {
            var places = Enumerable.Range(0, 4).Select(n => new Place
            {
                GazetteerKey = $"n-test-{n}", Name = $"Place {n}", Oblast = Oblast.Kharkiv, Latitude = 49.9 + n / 10.0, Longitude = 36.2,
                Status = n == 2 ? PublicationStatus.Draft : PublicationStatus.Published, DeletedAt = n == 3 ? DateTime.UtcNow : null,
            }).ToList();
            db.Places.AddRange(places);
            var strikes = await db.Strikes.IgnoreQueryFilters().OrderBy(s => s.Id).ToListAsync();
            for (var i = 0; i < strikes.Count; i += 3)
            {
                db.StrikePlaces.Add(new StrikePlace { StrikeId = strikes[i].Id, Place = places[i % 4], Position = 0, Precision = LocationPrecision.Settlement });
                if (i % 2 == 0)
                {
                    db.StrikePlaces.Add(new StrikePlace { StrikeId = strikes[i].Id, Place = places[(i + 1) % 4], Position = 1, Precision = LocationPrecision.District });
                }
            }

            await db.SaveChangesAsync();
        });

    /// <summary>
    /// Forty strikes over a month in three oblasts and four missile types: ties on the date, a window that starts before a
    /// range and ends in it, unknown casualty figures, a draft and a deleted strike, draft and deleted reports, and
    /// officials quoted by published, draft and deleted statements.
    /// </summary>
    private async Task SeedAsync()
    {
        Oblast[] oblasts = [Oblast.Kharkiv, Oblast.Kyiv, Oblast.Odesa];
        int[] weapons = [1, 2, 4, 6];
        var entities = new List<object>();
        for (var n = 0; n < 40; n++)
        {
            var strike = Evidence.Strike(Start.AddDays(n * 3 % 31), oblasts[n % 3], $"Place {n % 5}", weapons[n % 4],
                summary: n == 7 ? "A draft strike" : n == 8 ? "A deleted strike" : $"Strike {n}",
                killed: n % 3 == 0 ? null : n % 7, injured: n % 4 == 0 ? null : n % 5,
                publication: n == 7 ? PublicationStatus.Draft : PublicationStatus.Published);
            if (n % 6 == 0)
            {
                strike.DatePrecision = DatePrecision.Window;
                strike.EndsOn = strike.OccurredOn.AddDays(4);
            }

            entities.Add(strike);
            if (n % 2 == 0)
            {
                var statement = Evidence.Says(Evidence.Official($"Official {n % 6}"), strike, Evidence.Report($"Report {n}", url: $"https://example.org/{n}"), killed: n);
                statement.Status = n % 8 == 2 ? PublicationStatus.Draft : PublicationStatus.Published;
                entities.Add(statement);
                strike.Reports.Add(new StrikeReport { Report = Evidence.Report($"Draft report {n}", url: $"https://example.org/d/{n}") });
            }
        }

        await _app.AddRangeAsync([.. entities]);
        await _app.WithDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            await db.Strikes.Where(s => s.Summary == "A deleted strike").ExecuteUpdateAsync(s => s.SetProperty(x => x.DeletedAt, now));
            await db.Reports.Where(r => r.Title.StartsWith("Draft report")).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, PublicationStatus.Draft));
            await db.Reports.Where(r => r.Title == "Report 4").ExecuteUpdateAsync(s => s.SetProperty(x => x.DeletedAt, now));
            await db.Statements.Where(s => s.Quote == "Quoted words").Take(2).ExecuteUpdateAsync(s => s.SetProperty(x => x.DeletedAt, now));
        });
    }
}
