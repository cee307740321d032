using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Data;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Publishing;

namespace MissileTracker.BrowserTests;

/// <summary>
/// An editor finds Brovary by type-ahead and the public map draws the strike there; an editor adds a
/// village the gazetteer lacks by clicking the map, and the next strike finds it by type-ahead.
/// </summary>
public sealed class PlacePickerBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task Editor_picks_Brovary_by_type_ahead_and_the_map_draws_the_strike_there()
    {
        var editor = await SignedInEditorAsync("places-editor-1");
        await editor.GotoAsync("/editor/strikes");
        await editor.GetByLabel("Start date").FillAsync("2024-02-15");
        await editor.GetByLabel("Location precision").SelectOptionAsync(new SelectOptionValue { Label = "Settlement" });
        await editor.GetByLabel("Settlement").PressSequentiallyAsync("Brov");
        var brovary = editor.GetByRole(AriaRole.Listbox, new() { Name = "Places with this name" }).GetByRole(AriaRole.Option).Filter(new() { HasText = "Kyiv Oblast" }).Filter(new() { HasText = "Brovary ·" });
        await brovary.WaitForAsync();
        (await editor.GetByRole(AriaRole.Combobox, new() { Name = "Settlement" }).GetAttributeAsync("aria-expanded")).Should().Be("true");
        await editor.SnapAsync("editor-strike-place-candidates");
        await brovary.ClickAsync();

        (await editor.GetByLabel("Oblast").InputValueAsync()).Should().Be("Kyiv");
        (await editor.GetByLabel("District").InputValueAsync()).Should().Be("Brovary Raion");
        double.Parse(await editor.GetByLabel("Latitude").InputValueAsync(), CultureInfo.InvariantCulture).Should().BeApproximately(50.518, 0.01);
        (await editor.Locator(".place-chosen").InnerTextAsync()).Should().Contain("GeoNames 711390");
        await editor.GetByLabel("Missile type").SelectOptionAsync(new SelectOptionValue { Label = "KN-23" });
        await editor.GetByLabel("Summary").FillAsync("Test strike on Brovary picked from the gazetteer.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await editor.WaitForURLAsync(url => url.Contains("/editor/strikes/", StringComparison.Ordinal));
        var id = int.Parse(editor.Url.Split('/')[^1].Split('?')[0], CultureInfo.InvariantCulture);
        (await editor.Locator(".place-chosen").InnerTextAsync()).Should().Contain("Brovary (Brovary Raion, Kyiv Oblast)");

        await WithDbAsync(async db =>
        {
            var strike = await db.Strikes.IgnoreQueryFilters().Include(s => s.Places).ThenInclude(p => p.Place).SingleAsync(s => s.Id == id);
            strike.Places.Should().ContainSingle().Which.Place.GeoNamesId.Should().Be(711390);
            strike.Status = PublicationStatus.Published;
            strike.PublishedAt = DateTime.UtcNow;
            await db.SaveChangesAsync();
        });

        var visitor = await app.NewVisitorAsync();
        await visitor.GotoAsync("/map");
        await visitor.Locator("#strike-map.map-ready").WaitForAsync();
        var item = visitor.Locator($"li.map-strike[data-strike-id='{id}']");
        double.Parse((await item.GetAttributeAsync("data-lat"))!, CultureInfo.InvariantCulture).Should().BeApproximately(50.518, 0.01);
        (await item.GetAttributeAsync("data-approximate")).Should().Be("false");
        var marker = visitor.Locator($"path.strike-marker[data-strike-id='{id}']");
        (await marker.CountAsync()).Should().Be(1);
        (await marker.GetAttributeAsync("class")).Should().NotContain("approximate");
    }

    [Fact]
    public async Task Editor_adds_a_village_on_the_map_and_the_next_strike_finds_it()
    {
        var editor = await SignedInEditorAsync("places-editor-2");
        await editor.GotoAsync("/editor/places/new");
        await editor.GetByLabel("Name (English transliteration)").FillAsync("Testivka");
        await editor.GetByLabel("Ukrainian name").FillAsync("Тестівка");
        await editor.GetByLabel("Oblast").SelectOptionAsync(new SelectOptionValue { Label = "Kyiv Oblast" });
        await editor.GetByLabel("Raion").FillAsync("Brovary Raion");
        await editor.Locator(".point-picker.map-ready").WaitForAsync();
        var box = (await editor.Locator(".point-picker-map").BoundingBoxAsync())!;
        await editor.Mouse.ClickAsync(box.X + box.Width / 2, box.Y + box.Height / 2);
        var latitude = await editor.GetByLabel("Latitude").InputValueAsync();
        var longitude = await editor.GetByLabel("Longitude").InputValueAsync();
        latitude.Should().NotBeEmpty("clicking the map sets the point");
        await editor.SnapAsync("editor-new-place");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Add place" }).ClickAsync();
        (await editor.Locator("main").InnerTextAsync()).Should().Contain("Place added: Testivka (Brovary Raion, Kyiv Oblast)");

        await editor.GotoAsync("/editor/strikes");
        await editor.GetByLabel("Settlement").PressSequentiallyAsync("Testiv");
        var option = editor.GetByRole(AriaRole.Listbox, new() { Name = "Places with this name" }).GetByRole(AriaRole.Option).Filter(new() { HasText = "added by an editor" });
        await option.WaitForAsync();
        await editor.GetByLabel("Settlement").PressAsync("ArrowDown");
        await editor.GetByLabel("Settlement").PressAsync("Enter");
        (await editor.GetByLabel("Latitude").InputValueAsync()).Should().Be(double.Parse(latitude, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture));
        (await editor.GetByLabel("Longitude").InputValueAsync()).Should().Be(double.Parse(longitude, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture));
        (await editor.GetByLabel("Oblast").InputValueAsync()).Should().Be(nameof(Oblast.Kyiv));
        await editor.GetByLabel("Start date").FillAsync("2024-02-16");
        await editor.GetByLabel("Missile type").SelectOptionAsync(new SelectOptionValue { Label = "KN-23" });
        await editor.GetByLabel("Summary").FillAsync("Test strike on a village an editor added.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await editor.WaitForURLAsync(url => url.Contains("/editor/strikes/", StringComparison.Ordinal));
        var id = int.Parse(editor.Url.Split('/')[^1].Split('?')[0], CultureInfo.InvariantCulture);

        await WithDbAsync(async db =>
        {
            var strike = await db.Strikes.IgnoreQueryFilters().Include(s => s.Places).ThenInclude(p => p.Place).SingleAsync(s => s.Id == id);
            strike.Places.Should().ContainSingle().Which.Place.Should().Match<Web.Places.Place>(p => p.Name == "Testivka" && p.EditorAdded && p.GeoNamesId == null);
        });
    }

    [Fact]
    public async Task The_place_page_and_the_place_forms_fit_desktop_and_phone_widths()
    {
        int placeId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            var place = new Web.Places.Place { GazetteerKey = "711390", GeoNamesId = 711390, Name = "Brovary", NameUk = "Бровари", Oblast = Oblast.Kyiv,
                Raion = "Brovary Raion", Latitude = 50.51809, Longitude = 30.80671, Status = PublicationStatus.Published };
            var strike = new Web.Strikes.Strike
            {
                OccurredOn = new DateOnly(2024, 2, 20), DatePrecision = Web.Strikes.DatePrecision.Day, Oblast = Oblast.Kyiv, Settlement = "Brovary",
                Latitude = 50.51809, Longitude = 30.80671, LocationPrecision = Web.Strikes.LocationPrecision.Settlement, WeaponId = 1,
                OriginStatus = Web.Strikes.OriginStatus.Suspected, Summary = "Strike on Brovary for the place page", Status = PublicationStatus.Published,
            };
            strike.Places.Add(new Web.Strikes.StrikePlace { Strike = strike, Place = place, Position = 0, Precision = Web.Strikes.LocationPrecision.Settlement });
            db.Add(strike);
            await db.SaveChangesAsync();
            placeId = place.Id;
        }

        var email = await app.CreateStaffAsync("places-editor-3", Roles.Editor);
        foreach (var (device, width, height) in new[] { ("desktop", 1280, 900), ("phone", 390, 844) })
        {
            var context = await app.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = app.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = width, Height = height }, DeviceScaleFactor = 1,
            });
            var page = await context.NewPageAsync();
            var errors = BrowserErrors.Watch(page);
            await page.GotoAsync($"/places/{placeId}");
            (await page.Locator(".place-strikes li").CountAsync()).Should().Be(1);
            await FitsAsync(page, width);
            await page.SnapAsync($"place-{device}");

            await EditorWorkflowBrowserTests.SignInAsync(page, email);
            await page.GotoAsync("/editor/strikes");
            await page.Locator(".point-picker.map-ready").WaitForAsync();
            await page.GetByLabel("Settlement").PressSequentiallyAsync("Mykolaivka");
            await page.GetByRole(AriaRole.Listbox, new() { Name = "Places with this name" }).GetByRole(AriaRole.Option).First.WaitForAsync();
            (await page.GetByRole(AriaRole.Listbox, new() { Name = "Places with this name" }).GetByRole(AriaRole.Option).CountAsync()).Should().BeGreaterThan(3, "namesakes in several oblasts are all offered");
            await FitsAsync(page, width);
            await page.SnapAsync($"editor-strike-place-{device}");
            await page.GotoAsync("/editor/places/new");
            await page.Locator(".point-picker.map-ready").WaitForAsync();
            await FitsAsync(page, width);
            await page.SnapAsync($"editor-new-place-{device}");
            errors.All.Should().BeEmpty();
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task Editor_adds_and_removes_further_places_and_the_map_draws_a_marker_at_each()
    {
        var editor = await SignedInEditorAsync("places-editor-4");
        await editor.GotoAsync("/editor/strikes");
        await editor.GetByLabel("Start date").FillAsync("2024-01-06");
        await editor.GetByLabel("Location precision").SelectOptionAsync(new SelectOptionValue { Label = "Settlement" });
        await editor.GetByLabel("Settlement").PressSequentiallyAsync("Pokrovs");
        await editor.GetByRole(AriaRole.Listbox, new() { Name = "Places with this name" }).GetByRole(AriaRole.Option).Filter(new() { HasText = "Donetsk Oblast" }).First.ClickAsync();

        // Three villages by type-ahead (keyboard for one, mouse for the others); one is removed again.
        var add = editor.GetByRole(AriaRole.Combobox, new() { Name = "Add a place" });
        var candidates = editor.GetByRole(AriaRole.Listbox, new() { Name = "Places to add" }).GetByRole(AriaRole.Option);
        await add.PressSequentiallyAsync("Hryshy");
        await candidates.Filter(new() { HasText = "Donetsk Oblast" }).First.WaitForAsync();
        await add.PressAsync("ArrowDown");
        await add.PressAsync("Enter");
        await add.PressSequentiallyAsync("Zvirov");
        await candidates.Filter(new() { HasText = "Donetsk Oblast" }).First.ClickAsync();
        await add.PressSequentiallyAsync("Mykolaivka");
        await candidates.First.ClickAsync();
        var rows = editor.Locator(".further-place-list .further-place");
        (await rows.CountAsync()).Should().Be(3);
        (await add.InputValueAsync()).Should().BeEmpty("the chosen place moved into the list");
        await rows.Nth(2).GetByRole(AriaRole.Button, new() { Name = "Remove" }).ClickAsync();
        (await rows.CountAsync()).Should().Be(2);
        await rows.Filter(new() { HasText = "Zvirove" }).GetByLabel("Precision at this place").SelectOptionAsync(new SelectOptionValue { Value = "District" });
        await editor.SnapAsync("editor-strike-further-places");

        await editor.GetByLabel("Missile type").SelectOptionAsync(new SelectOptionValue { Label = "KN-23" });
        await editor.GetByLabel("Summary").FillAsync("Test strike on Pokrovsk and two villages named in one case.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await editor.WaitForURLAsync(url => url.Contains("/editor/strikes/", StringComparison.Ordinal));
        var id = int.Parse(editor.Url.Split('/')[^1].Split('?')[0], CultureInfo.InvariantCulture);
        (await rows.AllInnerTextsAsync()).Should().HaveCount(2);

        await WithDbAsync(async db =>
        {
            var strike = await db.Strikes.IgnoreQueryFilters().Include(s => s.Places).ThenInclude(p => p.Place).SingleAsync(s => s.Id == id);
            strike.Places.OrderBy(p => p.Position).Select(p => (p.Place.Name, p.Precision)).Should().Equal(
                ("Pokrovsk", Web.Strikes.LocationPrecision.Settlement), ("Hryshyne", Web.Strikes.LocationPrecision.Settlement), ("Zvirove", Web.Strikes.LocationPrecision.District));
            strike.Status = PublicationStatus.Published;
            strike.PublishedAt = DateTime.UtcNow;
            await db.SaveChangesAsync();
        });

        var visitor = await app.NewVisitorAsync();
        await visitor.GotoAsync("/map");
        await visitor.Locator("#strike-map.map-ready").WaitForAsync();
        (await visitor.Locator($"path.strike-marker[data-strike-id='{id}']").CountAsync()).Should().Be(3, "a marker at the town and at each village");
        (await visitor.Locator($"path.strike-marker[data-strike-id='{id}'][data-place-id]").CountAsync()).Should().Be(2);
        (await visitor.Locator($"li.map-strike[data-strike-id='{id}'] .map-further-place").AllInnerTextsAsync()).Should().HaveCount(2);
    }

    [Fact]
    public async Task Editor_moves_an_added_village_on_the_map_and_the_history_records_it()
    {
        var editor = await SignedInEditorAsync("places-editor-edit");
        await editor.GotoAsync("/editor/places/new");
        await editor.GetByLabel("Name (English transliteration)").FillAsync("Editivka");
        await editor.GetByLabel("Oblast").SelectOptionAsync(new SelectOptionValue { Label = "Kyiv Oblast" });
        await editor.GetByLabel("Latitude").FillAsync("50.5");
        await editor.GetByLabel("Longitude").FillAsync("30.5");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Add place" }).ClickAsync();
        await editor.GotoAsync("/editor/places");

        await editor.GetByRole(AriaRole.Link, new() { Name = "Edit Editivka" }).ClickAsync();
        await editor.Locator(".point-picker.map-ready").WaitForAsync();
        (await editor.Locator(".point-picker .leaflet-marker-icon").CountAsync()).Should().Be(1, "the stored point is drawn");
        var box = (await editor.Locator(".point-picker-map").BoundingBoxAsync())!;
        await editor.Mouse.ClickAsync(box.X + box.Width / 3, box.Y + box.Height / 3);
        var latitude = await editor.GetByLabel("Latitude").InputValueAsync();
        latitude.Should().NotBe("50.5", "clicking the map moves the point");
        await editor.GetByLabel("Reason for the change (optional)").FillAsync("Moved to the village centre");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save place" }).ClickAsync();

        (await editor.Locator("main").InnerTextAsync()).Should().Contain("Place saved: Editivka");
        (await editor.GetByLabel("Latitude").InputValueAsync()).Should().Be(double.Parse(latitude, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture));
        (await editor.Locator(".history").InnerTextAsync()).Should().Contain("Moved to the village centre");
    }

    private static async Task FitsAsync(IPage page, int width)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        overflow.Should().BeLessThanOrEqualTo(0, $"{page.Url} fits a {width} px wide screen");
    }

    private async Task<IPage> SignedInEditorAsync(string name)
    {
        var email = await app.CreateStaffAsync(name, Roles.Editor);
        var page = await app.NewVisitorAsync();
        await EditorWorkflowBrowserTests.SignInAsync(page, email);
        return page;
    }

    private async Task WithDbAsync(Func<TrackerDbContext, Task> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<TrackerDbContext>());
    }
}
