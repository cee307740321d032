using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MissileTracker.Tests.Builders;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Data;
using MissileTracker.Web.Publishing;

namespace MissileTracker.BrowserTests;

/// <summary>
/// The editor forms under <c>/uk/</c>: an editor enters a strike in Ukrainian (the place type-ahead's texts come from
/// the page), a visitor reads it on the Ukrainian strike page; the forms fit desktop and phone widths with the longer
/// Ukrainian words.
/// </summary>
public sealed class UkrainianEditorFormsBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task Editor_enters_a_strike_in_Ukrainian_and_a_visitor_reads_it_on_the_Ukrainian_page()
    {
        var editor = await app.NewVisitorAsync();
        await EditorWorkflowBrowserTests.SignInAsync(editor, await app.CreateStaffAsync("uk-strike-editor", Roles.Editor));
        var errors = BrowserErrors.Watch(editor);
        await editor.GotoAsync("/uk/editor/strikes");
        await editor.GetByLabel("Дата початку").FillAsync("2024-02-15");
        await editor.GetByLabel("Точність місця").SelectOptionAsync(new SelectOptionValue { Label = "Населений пункт" });
        var settlement = editor.GetByRole(AriaRole.Combobox, new() { Name = "Населений пункт", Exact = true });
        var candidates = editor.GetByRole(AriaRole.Listbox, new() { Name = "Місця з цією назвою" });

        await settlement.PressSequentiallyAsync("Qqzx");
        (await candidates.Locator(".place-candidate-none").InnerTextAsync())
            .Should().Be("У довіднику місць немає місця з такою назвою. Перевірте написання або додайте місце.");
        await settlement.FillAsync("");
        await settlement.PressSequentiallyAsync("Brov");
        var brovary = candidates.GetByRole(AriaRole.Option).Filter(new() { HasText = "Brovary ·" }).First;
        await brovary.ClickAsync();
        (await editor.Locator(".place-chosen").InnerTextAsync()).Should().StartWith("Місце: Brovary");
        await editor.Locator(".point-picker.map-ready").WaitForAsync();
        (await editor.Locator(".point-picker .leaflet-marker-icon").GetAttributeAsync("title")).Should().Be("Вибрана точка (перетягніть, щоб перемістити)");
        await editor.GetByLabel("Тип ракети").SelectOptionAsync(new SelectOptionValue { Label = "KN-23" });
        await editor.GetByLabel("Короткий опис").FillAsync("Тестовий удар по Броварах, місце вибрано з довідника.");
        await editor.SnapAsync("editor-strike-uk");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Зберегти чернетку" }).ClickAsync();

        await editor.WaitForURLAsync(url => url.Contains("/uk/editor/strikes/", StringComparison.Ordinal));
        var id = int.Parse(editor.Url.Split('/')[^1].Split('?')[0], CultureInfo.InvariantCulture);
        (await editor.Locator(".alert-success").InnerTextAsync()).Should().StartWith("Удар збережено як чернетку.");
        (await editor.Locator("h1").InnerTextAsync()).Should().Be($"Удар {id}");
        errors.All.Should().BeEmpty();

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            var strike = await db.Strikes.IgnoreQueryFilters().SingleAsync(s => s.Id == id);
            strike.Status = PublicationStatus.Published;
            strike.PublishedAt = DateTime.UtcNow;
            await db.SaveChangesAsync();
        }

        var visitor = await app.NewVisitorAsync();
        await visitor.GotoAsync($"/uk/strikes/{id}");
        (await visitor.Locator("main").InnerTextAsync()).Should().Contain("Тестовий удар по Броварах, місце вибрано з довідника.");
        (await visitor.Locator("html").GetAttributeAsync("lang")).Should().Be("uk");
    }

    [Fact]
    public async Task The_Ukrainian_editor_forms_fit_desktop_and_phone_widths()
    {
        var email = await app.CreateStaffAsync("uk-forms-editor", Roles.Editor, Roles.Reviewer);
        var forms = new[]
        {
            ("strike", $"/uk/editor/strikes/{KnownEvidence.KharkivStrikeId}"), ("statement", "/uk/editor/statements/1"),
            ("new-report", "/uk/editor/reports/new"), ("report", "/uk/editor/reports/1"),
        };
        foreach (var (device, width, height) in new[] { ("desktop", 1280, 900), ("phone", 390, 844) })
        {
            var context = await app.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = app.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = width, Height = height }, DeviceScaleFactor = 1,
            });
            var page = await context.NewPageAsync();
            var errors = BrowserErrors.Watch(page);
            await EditorWorkflowBrowserTests.SignInAsync(page, email);
            foreach (var (name, url) in forms)
            {
                await page.GotoAsync(url);
                (await page.Locator("html").GetAttributeAsync("lang")).Should().Be("uk");
                var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
                overflow.Should().BeLessThanOrEqualTo(0, $"{url} fits a {width} px wide screen");
                // Longer Ukrainian words: no label or button is cut off or runs out of its box.
                var clipped = await page.EvaluateAsync<string[]>(@"() => [...document.querySelectorAll('main label, main button, main legend, main .btn, main th')]
                    .filter(e => e.offsetParent !== null && !e.closest('.visually-hidden') && e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1)
                    .map(e => e.textContent.trim())");
                clipped.Should().BeEmpty($"{url} at {width} px");
                await page.SnapAsync($"editor-{name}-uk-{device}");
            }
            errors.All.Should().BeEmpty();
            await context.CloseAsync();
        }
    }
}
