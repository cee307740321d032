using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Data;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Tests.Strikes;

/// <summary>Sorting, and paging by page number and by keyset cursor.</summary>
public sealed class StrikePagingTests : IDisposable
{
    private readonly TrackerApp _app = new(knownEvidence: false);
    private readonly HttpClient _client;

    public StrikePagingTests() => _client = _app.CreateClient();

    public void Dispose() => _app.Dispose();

    private Task<PagedResponse<StrikeSummary>> ListAsync(string url) => _client.GetJsonAsync<PagedResponse<StrikeSummary>>(url);

    /// <summary>Twelve strikes over six days (two per day, so ids break date ties), with varied casualties.</summary>
    private async Task<IReadOnlyList<Strike>> AddTwelveAsync()
    {
        var strikes = Enumerable.Range(0, 12)
            .Select(i => Evidence.Strike(new DateOnly(2024, 2, 1 + (i / 2)), killed: i % 3 == 0 ? null : i, injured: i % 4))
            .ToList();
        foreach (var strike in strikes)
        {
            await _app.AddAsync(strike);
        }

        return strikes;
    }

    private async Task<List<StrikeSummary>> FollowAsync(string firstUrl, Func<PagedResponse<StrikeSummary>, string?> next, Func<Task>? betweenPages = null)
    {
        var seen = new List<StrikeSummary>();
        string? url = firstUrl;
        for (var pages = 0; url is not null; pages++)
        {
            pages.Should().BeLessThan(50, "paging must end");
            var page = await ListAsync(url);
            seen.AddRange(page.Items);
            url = next(page);
            if (url is not null && betweenPages is not null)
            {
                await betweenPages();
            }
        }

        return seen;
    }

    [Theory]
    [InlineData("-date")]
    [InlineData("date")]
    [InlineData("-updated")]
    [InlineData("updated")]
    [InlineData("-casualties")]
    [InlineData("casualties")]
    public async Task Each_sort_orders_the_whole_list_and_cursors_walk_it_in_that_order(string sort)
    {
        await AddTwelveAsync();

        var all = (await ListAsync($"/api/v1/strikes?sort={sort}&pageSize=100")).Items;
        var walked = await FollowAsync($"/api/v1/strikes?sort={sort}&pageSize=5", p => p.Links.NextCursor);

        walked.Select(s => s.Id).Should().Equal(all.Select(s => s.Id));
        var ordered = sort.TrimStart('-') switch
        {
            "date" => all.Select(s => (Key: (long)s.Date.DayNumber, s.Id)).ToList(),
            "updated" => all.Select(s => (Key: s.UpdatedAt.Ticks, s.Id)).ToList(),
            _ => all.Select(s => (Key: (long)((s.Killed?.Value ?? 0) + (s.Injured?.Value ?? 0)), s.Id)).ToList(),
        };
        if (sort.StartsWith('-'))
        {
            ordered.Should().BeInDescendingOrder(x => x.Key).And.BeEquivalentTo(ordered.OrderByDescending(x => x.Key).ThenByDescending(x => x.Id), o => o.WithStrictOrdering());
        }
        else
        {
            ordered.Should().BeInAscendingOrder(x => x.Key).And.BeEquivalentTo(ordered.OrderBy(x => x.Key).ThenBy(x => x.Id), o => o.WithStrictOrdering());
        }
    }

    [Fact]
    public async Task Casualty_sort_counts_killed_and_injured_together()
    {
        var few = await _app.AddAsync(Evidence.Strike(new DateOnly(2024, 2, 1), killed: 1, injured: 1));
        var many = await _app.AddAsync(Evidence.Strike(new DateOnly(2024, 2, 2), killed: 0, injured: 30));
        var unknown = await _app.AddAsync(Evidence.Strike(new DateOnly(2024, 2, 3)));

        var page = await ListAsync("/api/v1/strikes?sort=-casualties");

        page.Items.Select(s => s.Id).Should().Equal(many.Id, few.Id, unknown.Id);
    }

    [Fact]
    public async Task Following_cursors_while_strikes_are_added_visits_every_original_strike_once()
    {
        var originals = await AddTwelveAsync();
        var added = 0;

        // Between pages, strikes are added before, among and after the ones not yet seen.
        async Task AddSome()
        {
            added++;
            await _app.AddAsync(Evidence.Strike(new DateOnly(2024, 3, added)));
            await _app.AddAsync(Evidence.Strike(new DateOnly(2024, 2, 3)));
            await _app.AddAsync(Evidence.Strike(new DateOnly(2024, 1, added)));
        }

        var seen = await FollowAsync("/api/v1/strikes?pageSize=4", p => p.Links.NextCursor, AddSome);

        added.Should().BeGreaterThan(1);
        seen.Select(s => s.Id).Should().OnlyHaveUniqueItems();
        seen.Select(s => s.Id).Should().Contain(originals.Select(s => s.Id), "no original strike may be skipped");
        seen.Select(s => s.Date).Should().BeInDescendingOrder();
    }

    [Fact]
    public async Task Offset_paging_while_strikes_are_added_shows_why_cursors_exist()
    {
        await AddTwelveAsync();
        var first = await ListAsync("/api/v1/strikes?pageSize=4");
        await _app.AddAsync(Evidence.Strike(new DateOnly(2024, 3, 1)));

        var byPage = await ListAsync(first.Links.Next!);
        var byCursor = await ListAsync(first.Links.NextCursor!);

        byPage.Items.Select(s => s.Id).Should().Contain(first.Items[^1].Id, "a newer strike pushed the last one onto page 2");
        byCursor.Items.Select(s => s.Id).Should().NotIntersectWith(first.Items.Select(s => s.Id));
    }

    [Fact]
    public async Task A_cursor_page_reports_the_total_links_onwards_by_cursor_and_has_no_page_number()
    {
        await AddTwelveAsync();
        var first = await ListAsync("/api/v1/strikes?pageSize=5&oblast=");

        first.Page.Should().Be(1);
        first.Links.NextCursor.Should().Contain("cursor=").And.Contain("pageSize=5").And.Contain("oblast=");
        var second = await ListAsync(first.Links.NextCursor!);

        second.Page.Should().BeNull();
        second.Total.Should().Be(12);
        second.PageCount.Should().Be(3);
        second.Links.Previous.Should().BeNull();
        second.Links.Next.Should().Be(second.Links.NextCursor);
        second.Links.First.Should().EndWith("/api/v1/strikes?pageSize=5&oblast=");
        second.Links.Last.Should().EndWith("page=3");
        var third = await ListAsync(second.Links.Next!);
        third.Items.Should().HaveCount(2);
        third.Links.Next.Should().BeNull();
        third.Links.NextCursor.Should().BeNull();
    }

    [Fact]
    public async Task Page_size_is_bounded_and_the_last_offset_page_has_no_cursor()
    {
        await AddTwelveAsync();

        var last = await ListAsync("/api/v1/strikes?pageSize=5&page=3");
        var all = await ListAsync("/api/v1/strikes?pageSize=100");

        last.Items.Should().HaveCount(2);
        last.Links.Next.Should().BeNull();
        last.Links.NextCursor.Should().BeNull();
        all.Items.Should().HaveCount(12);
        (await _client.GetAsync("/api/v1/strikes?pageSize=101")).StatusCode.Should().Be(System.Net.HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Updated_sort_with_updatedSince_lets_a_mirror_fetch_only_changes()
    {
        var strikes = await AddTwelveAsync();
        var all = await ListAsync("/api/v1/strikes?sort=updated&pageSize=100");
        var since = all.Items.Max(s => s.UpdatedAt);

        await _app.WithDbAsync(async (TrackerDbContext db) =>
        {
            var changed = await db.Strikes.FindAsync(strikes[3].Id);
            changed!.Summary = "Corrected summary";
            await db.SaveChangesAsync();
        });
        var changes = await ListAsync("/api/v1/strikes?sort=updated&updatedSince=" + Uri.EscapeDataString(since.AddTicks(1).ToString("O")));

        changes.Items.Should().ContainSingle().Which.Summary.Should().Be("Corrected summary");
    }
}
