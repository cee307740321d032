using Microsoft.Playwright;

namespace MissileTracker.BrowserTests;

/// <summary>What an analyst does on the timeline, in a real browser.</summary>
public sealed class TimelineBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task Filtering_by_oblast_gives_a_shareable_link_that_opens_the_same_view()
    {
        var analyst = await app.NewVisitorAsync();
        await analyst.GotoAsync("/");
        (await analyst.Locator("li.strike-item").CountAsync()).Should().Be(3);

        await analyst.GetByLabel("Oblast").SelectOptionAsync(new SelectOptionValue { Label = "Kharkiv Oblast" });
        await analyst.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await analyst.WaitForURLAsync(url => url.Contains("oblast=Kharkiv", StringComparison.Ordinal));

        var sharedLink = analyst.Url;
        (await analyst.Locator("li.strike-item").CountAsync()).Should().Be(1);

        var colleague = await app.NewVisitorAsync();
        await colleague.GotoAsync(sharedLink);
        var items = colleague.Locator("li.strike-item");
        (await items.CountAsync()).Should().Be(1);
        (await items.First.InnerTextAsync()).Should().Contain("6 Jan 2024").And.Contain("Kharkiv, Kharkiv Oblast");
        (await colleague.GetByLabel("Oblast").InputValueAsync()).Should().Be("Kharkiv");
    }

    [Fact]
    public async Task Opening_a_strike_from_the_timeline_shows_its_evidence()
    {
        var analyst = await app.NewVisitorAsync();
        await analyst.GotoAsync("/");

        await analyst.GetByRole(AriaRole.Link, new() { Name = "6 Jan 2024 · Kharkiv, Kharkiv Oblast" }).ClickAsync();

        await analyst.WaitForURLAsync(url => url.Contains("/strikes/", StringComparison.Ordinal));
        (await analyst.Locator("h1").InnerTextAsync()).Should().Be("6 Jan 2024 · Kharkiv, Kharkiv Oblast");
        (await analyst.Locator("table.evidence-table").InnerTextAsync()).Should().Contain("John Kirby").And.Contain("at least 1");
    }

    [Fact]
    public async Task A_bad_date_typed_into_the_url_shows_the_field_error()
    {
        var analyst = await app.NewVisitorAsync();

        var response = await analyst.GotoAsync("/?from=2024-02-31");

        response!.Status.Should().Be(400);
        (await analyst.Locator("#from-error").InnerTextAsync()).Should().Contain("not a date");
    }
}
