using Microsoft.Playwright;
using MissileTracker.Tests.Builders;

namespace MissileTracker.BrowserTests;

/// <summary>The analysts' pages in a real browser: map, statistics and keyboard use of the timeline.</summary>
public sealed class FrontEndBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task The_map_shows_the_known_Kharkiv_strike_and_opens_it_on_click()
    {
        var analyst = await app.NewVisitorAsync();
        var errors = BrowserErrors.Watch(analyst);
        var requested = new List<string>();
        analyst.Request += (_, request) => requested.Add(request.Url);
        await analyst.GotoAsync("/map");
        await analyst.Locator("#strike-map.map-ready").WaitForAsync();
        requested.Should().OnlyContain(url => url.StartsWith(app.BaseAddress.ToString(), StringComparison.Ordinal), "the map needs no outside network");

        (await analyst.Locator("path.leaflet-interactive, .leaflet-overlay-pane path").CountAsync()).Should().BeGreaterThan(20, "the oblast outlines are drawn");
        var marker = analyst.Locator($"path.strike-marker[data-strike-id='{KnownEvidence.KharkivStrikeId}']");
        (await marker.CountAsync()).Should().Be(1);
        (await analyst.Locator("path.strike-marker").CountAsync()).Should().Be(1, "the other known strikes have no known place");
        (await analyst.Locator("#unplaced-heading").InnerTextAsync()).Should().Be("2 strikes without a known place");

        await marker.ClickAsync();
        await analyst.Locator(".leaflet-popup a.popup-strike-link").ClickAsync();

        await analyst.WaitForURLAsync(url => url.EndsWith($"/strikes/{KnownEvidence.KharkivStrikeId}", StringComparison.Ordinal));
        (await analyst.Locator("h1").InnerTextAsync()).Should().Be("6 Jan 2024 · Kharkiv, Kharkiv Oblast");
        errors.All.Should().BeEmpty();
    }

    [Fact]
    public async Task The_monthly_chart_has_one_bar_per_month_of_its_table()
    {
        var analyst = await app.NewVisitorAsync();
        var errors = BrowserErrors.Watch(analyst);
        await analyst.GotoAsync("/stats");

        var canvas = analyst.Locator("canvas[data-chart-for='by-month']");
        await canvas.WaitForAsync();
        (await canvas.GetAttributeAsync("data-bars")).Should().Be("2");
        var bars = await analyst.EvaluateAsync<int>("() => Chart.getChart(document.querySelector(\"canvas[data-chart-for='by-month']\")).getDatasetMeta(0).data.length");
        bars.Should().Be(2, "December 2023 and January 2024");
        (await analyst.Locator("#by-month tbody tr").CountAsync()).Should().Be(2);
        (await canvas.BoundingBoxAsync())!.Height.Should().BeGreaterThan(100);
        errors.All.Should().BeEmpty();
    }

    [Fact]
    public async Task Filtering_the_statistics_keeps_the_filters_in_a_shareable_url()
    {
        var analyst = await app.NewVisitorAsync();
        await analyst.GotoAsync("/stats");
        await analyst.GetByLabel("Oblast", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Kharkiv Oblast" });
        await analyst.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await analyst.WaitForURLAsync(url => url.Contains("/stats?", StringComparison.Ordinal) && url.Contains("oblast=Kharkiv", StringComparison.Ordinal));

        var colleague = await app.NewVisitorAsync();
        await colleague.GotoAsync(analyst.Url);
        (await colleague.Locator("canvas[data-chart-for='by-month']").GetAttributeAsync("data-bars")).Should().Be("1");
        (await colleague.Locator("#by-month tbody").InnerTextAsync()).Should().Contain("January 2024");
    }

    [Fact]
    public async Task Zooming_the_time_axis_to_a_month_filters_the_list_and_the_url_can_be_shared()
    {
        var analyst = await app.NewVisitorAsync();
        await analyst.GotoAsync("/");
        (await analyst.Locator(".time-axis .axis-bucket").CountAsync()).Should().Be(2);

        await analyst.GetByRole(AriaRole.Link, new() { Name = "2 strikes in Jan 2024, zoom in" }).ClickAsync();
        await analyst.WaitForURLAsync(url => url.Contains("from=2024-01-01", StringComparison.Ordinal) && url.Contains("to=2024-01-31", StringComparison.Ordinal));

        var colleague = await app.NewVisitorAsync();
        await colleague.GotoAsync(analyst.Url);
        (await colleague.Locator("li.strike-item").CountAsync()).Should().Be(2);
        (await colleague.Locator("#axis-heading").InnerTextAsync()).Should().Be("Strikes per week");
        (await colleague.GetByLabel("From").InputValueAsync()).Should().Be("2024-01-01");
    }

    [Fact]
    public async Task The_timeline_can_be_used_with_the_keyboard_alone()
    {
        var analyst = await app.NewVisitorAsync();
        await analyst.GotoAsync("/");

        // Tab from the top of the page to the first strike in the list.
        string? focused = null;
        for (var i = 0; i < 60 && focused != "strike-link"; i++)
        {
            await analyst.Keyboard.PressAsync("Tab");
            focused = await analyst.EvaluateAsync<string?>("() => document.activeElement && document.activeElement.classList.contains('strike-link') ? 'strike-link' : null");
        }

        focused.Should().Be("strike-link", "Tab reaches the strikes");
        (await ActiveTextAsync(analyst)).Should().Contain("6 Jan 2024");
        (await analyst.EvaluateAsync<bool>("() => getComputedStyle(document.activeElement).outlineStyle !== 'none'")).Should().BeTrue("focus is visible");

        await analyst.Keyboard.PressAsync("ArrowDown");
        (await ActiveTextAsync(analyst)).Should().Contain("2 Jan 2024");
        await analyst.Keyboard.PressAsync("j");
        (await ActiveTextAsync(analyst)).Should().Contain("30 Dec 2023");
        await analyst.Keyboard.PressAsync("ArrowUp");
        (await ActiveTextAsync(analyst)).Should().Contain("2 Jan 2024");

        await analyst.Keyboard.PressAsync("Enter");
        await analyst.WaitForURLAsync(url => url.Contains("/strikes/", StringComparison.Ordinal));
        (await analyst.Locator("h1").InnerTextAsync()).Should().StartWith("2 Jan 2024");
    }

    [Fact]
    public async Task Tab_reaches_a_map_marker_and_Enter_opens_its_popup_with_the_strike_link()
    {
        var analyst = await app.NewVisitorAsync();
        var errors = BrowserErrors.Watch(analyst);
        await analyst.GotoAsync("/map");
        await analyst.Locator("#strike-map.map-ready").WaitForAsync();

        // Tab from the top of the page, as a keyboard user would, until a marker has the focus.
        var reached = false;
        for (var presses = 0; presses < 150 && !reached; presses++)
        {
            await analyst.Keyboard.PressAsync("Tab");
            reached = await analyst.EvaluateAsync<bool>("() => document.activeElement?.matches('path.strike-marker') ?? false");
        }

        reached.Should().BeTrue("Tab reaches the Kharkiv strike's marker");
        (await analyst.EvaluateAsync<string>("() => document.activeElement.getAttribute('role')")).Should().Be("button");
        (await analyst.EvaluateAsync<string>("() => document.activeElement.getAttribute('aria-label')")).Should().Contain("6 Jan 2024");

        await analyst.Keyboard.PressAsync("Enter");
        var popup = analyst.Locator(".leaflet-popup");
        await popup.WaitForAsync();
        (await popup.InnerTextAsync()).Should().Contain("6 Jan 2024");
        (await analyst.EvaluateAsync<string>("() => document.activeElement.className")).Should().Contain("popup-strike-link", "the focus moves into the popup");

        await analyst.Keyboard.PressAsync("Enter");
        await analyst.WaitForURLAsync(url => url.EndsWith($"/strikes/{KnownEvidence.KharkivStrikeId}", StringComparison.Ordinal));
        errors.All.Should().BeEmpty();
    }

    [Fact]
    public async Task The_time_axis_zooms_with_the_keyboard()
    {
        var analyst = await app.NewVisitorAsync();
        await analyst.GotoAsync("/");

        await analyst.Locator(".time-axis a.axis-label").First.FocusAsync();
        await analyst.Keyboard.PressAsync("ArrowRight");
        (await analyst.EvaluateAsync<string>("() => document.activeElement.textContent")).Should().Contain("Jan 2024");
        await analyst.Keyboard.PressAsync("Enter");

        await analyst.WaitForURLAsync(url => url.Contains("from=2024-01-01", StringComparison.Ordinal));
        (await analyst.Locator("li.strike-item").CountAsync()).Should().Be(2);
    }

    [Fact]
    public async Task The_search_box_in_the_header_searches_strikes()
    {
        var analyst = await app.NewVisitorAsync();
        await analyst.GotoAsync("/officials");

        await analyst.GetByLabel("Search strikes").FillAsync("Kharkiv");
        await analyst.GetByLabel("Search strikes").PressAsync("Enter");

        await analyst.WaitForURLAsync(url => url.Contains("q=Kharkiv", StringComparison.Ordinal));
        (await analyst.Locator("li.strike-item").CountAsync()).Should().Be(1);
    }

    [Fact]
    public async Task Without_javascript_the_map_and_charts_fall_back_to_their_lists_and_tables()
    {
        var context = await app.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), JavaScriptEnabled = false });
        var reader = await context.NewPageAsync();

        await reader.GotoAsync("/map");
        (await reader.Locator(".map-fallback").InnerTextAsync()).Should().Contain("every strike is listed beside it");
        (await reader.GetByRole(AriaRole.Link, new() { Name = "6 Jan 2024 · Kharkiv, Kharkiv Oblast" }).CountAsync()).Should().Be(1);

        await reader.GotoAsync("/stats");
        (await reader.Locator(".chart-box").First.IsVisibleAsync()).Should().BeFalse();
        (await reader.Locator("#by-month tbody tr").CountAsync()).Should().Be(2);
        await context.CloseAsync();
    }

    private static Task<string> ActiveTextAsync(IPage page) => page.EvaluateAsync<string>("() => document.activeElement.textContent");
}
