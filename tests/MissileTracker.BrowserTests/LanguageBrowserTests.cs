using Microsoft.Playwright;
using MissileTracker.Tests.Builders;

namespace MissileTracker.BrowserTests;

/// <summary>Switching between English and Ukrainian in a real browser keeps the reader's page and filters.</summary>
public sealed class LanguageBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task Switching_language_on_a_filtered_timeline_keeps_the_filter()
    {
        var analyst = await app.NewVisitorAsync();
        var errors = BrowserErrors.Watch(analyst);
        await analyst.GotoAsync("/");
        await analyst.GetByLabel("Oblast").SelectOptionAsync(new SelectOptionValue { Label = "Kharkiv Oblast" });
        await analyst.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await analyst.WaitForURLAsync(url => url.Contains("oblast=Kharkiv", StringComparison.Ordinal));

        await analyst.GetByRole(AriaRole.Link, new() { Name = "Українська" }).ClickAsync();

        await analyst.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/uk/" && url.Contains("oblast=Kharkiv", StringComparison.Ordinal));
        (await analyst.Locator("html").GetAttributeAsync("lang")).Should().Be("uk");
        (await analyst.Locator("h1").InnerTextAsync()).Should().Be("Хронологія ударів");
        (await analyst.GetByLabel("Область").InputValueAsync()).Should().Be("Kharkiv");
        var items = analyst.Locator("li.strike-item");
        (await items.CountAsync()).Should().Be(1);
        (await items.First.InnerTextAsync()).Should().Contain("Харківська область").And.Contain("2024");

        // Filtering again on the Ukrainian page stays in Ukrainian.
        await analyst.GetByRole(AriaRole.Button, new() { Name = "Фільтрувати" }).ClickAsync();
        await analyst.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/uk", StringComparison.Ordinal) && url.Contains("oblast=Kharkiv", StringComparison.Ordinal));

        await analyst.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await analyst.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/" && url.Contains("oblast=Kharkiv", StringComparison.Ordinal));
        (await analyst.Locator("h1").InnerTextAsync()).Should().Be("Strike timeline");
        (await analyst.GetByLabel("Oblast").InputValueAsync()).Should().Be("Kharkiv");
        errors.All.Should().BeEmpty();
    }

    // The map's script writes no English of its own: the popup's link and the marker's name come from the page.
    [Fact]
    public async Task The_Ukrainian_map_popup_is_in_Ukrainian_and_opens_the_Ukrainian_strike_page()
    {
        var analyst = await app.NewVisitorAsync();
        var errors = BrowserErrors.Watch(analyst);
        await analyst.GotoAsync("/uk/map");
        await analyst.Locator("#strike-map.map-ready").WaitForAsync();

        var marker = analyst.Locator($"path.strike-marker[data-strike-id='{KnownEvidence.KharkivStrikeId}']");
        (await marker.GetAttributeAsync("aria-label")).Should().Contain("Харківська область").And.NotContain("approximate");
        await marker.ClickAsync();
        var link = analyst.Locator(".leaflet-popup a.popup-strike-link");
        (await link.InnerTextAsync()).Should().Be("Відкрити сторінку удару");
        (await analyst.Locator(".leaflet-control-attribution").InnerTextAsync()).Should().Contain("Межі областей:");
        await link.ClickAsync();

        await analyst.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/uk/strikes/{KnownEvidence.KharkivStrikeId}");
        errors.All.Should().BeEmpty();
    }
}
