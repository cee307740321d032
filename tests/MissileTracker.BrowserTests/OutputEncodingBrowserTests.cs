using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MissileTracker.Web.Data;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Strikes;
using MissileTracker.Web.Weapons;

namespace MissileTracker.BrowserTests;

/// <summary>
/// Markup stored as data (a settlement, a missile type's name) reaches the page scripts as text:
/// it is shown literally, loads nothing and runs nothing (its own app: it adds the hostile records).
/// </summary>
public sealed class OutputEncodingBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    // Each payload would request its own image and set a window flag if a script parsed it as HTML.
    private const string Settlement = "<img src=injected-settlement onerror=\"window.injected='settlement'\">";
    private const string WeaponName = "<img src=injected-weapon onerror=\"window.injected='weapon'\">";
    private const string Marker = "injected-";

    private int _strikeId;

    private async Task AddHostileStrikeAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        // One app serves the class: the records are added once, before the first page reads the (cached) weapon list.
        if (db.Weapons.SingleOrDefault(w => w.Code == "hostile") is { } existing)
        {
            _strikeId = db.Strikes.Single(s => s.WeaponId == existing.Id).Id;
            return;
        }

        var weapon = new Weapon { Code = "hostile", Name = WeaponName, OriginCountry = "KP" };
        var strike = new Strike
        {
            OccurredOn = new DateOnly(2024, 3, 1), DatePrecision = DatePrecision.Day, Oblast = Oblast.Kharkiv, Settlement = Settlement,
            Latitude = 49.2086, Longitude = 37.2567, LocationPrecision = LocationPrecision.Settlement, Weapon = weapon,
            OriginStatus = OriginStatus.Suspected, MissilesLaunched = 2, Summary = "A strike whose place name is markup", Status = PublicationStatus.Published,
        };
        db.Add(strike);
        await db.SaveChangesAsync();
        _strikeId = strike.Id;
    }

    /// <summary>A visitor whose every request is recorded, with its script errors (a CSP refusal of an injected handler is one).</summary>
    private async Task<(IPage Page, List<IRequest> Requests, BrowserErrors Errors)> VisitorAsync()
    {
        await AddHostileStrikeAsync();
        var page = await app.NewVisitorAsync();
        var requests = new List<IRequest>();
        page.Request += (_, request) => requests.Add(request);
        return (page, requests, BrowserErrors.Watch(page));
    }

    private static async Task ShouldHaveStayedInertAsync(IPage page, List<IRequest> requests, BrowserErrors errors)
    {
        requests.Should().NotContain(r => r.Url.Contains(Marker, StringComparison.Ordinal), "markup in the data must not load anything");
        requests.Should().NotContain(r => r.ResourceType == "image", "no page script draws an image");
        (await page.EvaluateAsync<string?>("() => window.injected ?? null")).Should().BeNull("no injected handler ran");
        (await page.Locator($"img[src^='{Marker}']").CountAsync()).Should().Be(0, "the markup never became an element");
        errors.All.Should().BeEmpty();
    }

    [Fact]
    public async Task The_map_tooltip_shows_a_place_name_that_is_markup_as_text()
    {
        var (analyst, requests, errors) = await VisitorAsync();
        await analyst.GotoAsync("/map");
        await analyst.Locator("#strike-map.map-ready").WaitForAsync();

        var marker = analyst.Locator($"path.strike-marker[data-strike-id='{_strikeId}']");
        var tooltip = analyst.Locator(".leaflet-tooltip");
        // On a loaded machine the first pointer move can land before the marker has settled; move off and back until it opens.
        for (var attempt = 0; attempt < 5 && !await tooltip.IsVisibleAsync(); attempt++)
        {
            await analyst.Mouse.MoveAsync(0, 0);
            await marker.HoverAsync(new LocatorHoverOptions { Force = true });
            try
            {
                await tooltip.WaitForAsync(new LocatorWaitForOptions { Timeout = 5_000 });
            }
            catch (TimeoutException)
            {
            }
        }

        await tooltip.WaitForAsync();

        (await tooltip.InnerTextAsync()).Should().Be($"1 Mar 2024 · {Settlement}, Kharkiv Oblast · missiles: 2");
        (await marker.GetAttributeAsync("aria-label")).Should().Contain(Settlement);
        await ShouldHaveStayedInertAsync(analyst, requests, errors);
    }

    [Fact]
    public async Task A_chart_labels_a_missile_type_whose_name_is_markup_as_text()
    {
        var (analyst, requests, errors) = await VisitorAsync();
        await analyst.GotoAsync("/stats");
        var canvas = analyst.Locator("canvas[data-chart-for='by-type']");
        await canvas.WaitForAsync();

        var labels = await analyst.EvaluateAsync<string[]>("() => Chart.getChart(document.querySelector(\"canvas[data-chart-for='by-type']\")).data.labels");
        labels.Should().Contain(WeaponName);
        // Chart.js draws its tooltip on the canvas; hovering every bar proves no HTML tooltip or legend builds markup from a label.
        var box = (await canvas.BoundingBoxAsync())!;
        for (var x = box.X + 5; x < box.X + box.Width; x += box.Width / 20)
        {
            await analyst.Mouse.MoveAsync(x, box.Y + (box.Height * 0.6f));
        }

        (await analyst.Locator("#by-type tbody").InnerTextAsync()).Should().Contain(WeaponName);
        await ShouldHaveStayedInertAsync(analyst, requests, errors);
    }

    [Fact]
    public async Task The_timeline_and_its_keyboard_script_keep_markup_as_text()
    {
        var (analyst, requests, errors) = await VisitorAsync();
        await analyst.GotoAsync("/");
        await analyst.Locator("a.strike-link").First.FocusAsync();
        await analyst.Keyboard.PressAsync("j");
        await analyst.Keyboard.PressAsync("ArrowDown");

        (await analyst.Locator("ol, ul").Filter(new LocatorFilterOptions { Has = analyst.Locator("a.strike-link") }).First.InnerTextAsync())
            .Should().Contain(Settlement);
        await ShouldHaveStayedInertAsync(analyst, requests, errors);
    }
}
