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
        await editor.GetByLabel("Date", new() { Exact = true }).FillAsync("2024-02-15");
        await editor.GetByLabel("Location precision").SelectOptionAsync(new SelectOptionValue { Label = "Settlement" });
        await editor.GetByLabel("Settlement").PressSequentiallyAsync("Brov");
        var brovary = editor.GetByRole(AriaRole.Option).Filter(new() { HasText = "Kyiv Oblast" }).Filter(new() { HasText = "Brovary ·" });
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
        var option = editor.GetByRole(AriaRole.Option).Filter(new() { HasText = "added by an editor" });
        await option.WaitForAsync();
        await editor.GetByLabel("Settlement").PressAsync("ArrowDown");
        await editor.GetByLabel("Settlement").PressAsync("Enter");
        (await editor.GetByLabel("Latitude").InputValueAsync()).Should().Be(double.Parse(latitude, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture));
        (await editor.GetByLabel("Longitude").InputValueAsync()).Should().Be(double.Parse(longitude, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture));
        (await editor.GetByLabel("Oblast").InputValueAsync()).Should().Be(nameof(Oblast.Kyiv));
        await editor.GetByLabel("Date", new() { Exact = true }).FillAsync("2024-02-16");
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

    private async Task<IPage> SignedInEditorAsync(string name)
    {
        var email = await app.CreateStaffAsync(name, Roles.Editor);
        var page = await app.NewVisitorAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(LiveApp.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        return page;
    }

    private async Task WithDbAsync(Func<TrackerDbContext, Task> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<TrackerDbContext>());
    }
}
