using System.Net;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;

namespace MissileTracker.Tests.Localization;

/// <summary>
/// The editor forms posted from <c>/uk/</c>: field errors (required fields, cross-field rules, the editing services'
/// own checks) come back in Ukrainian, and a save leads back into <c>/uk/</c> with its message in Ukrainian.
/// </summary>
public sealed class UkrainianEditorFormsTests : IDisposable
{
    private readonly TrackerApp _app = new();

    public void Dispose() => _app.Dispose();

    private static Dictionary<string, string> Report(string outlet = "Укрінформ") => new()
    {
        ["Input.Url"] = "https://www.ukrinform.ua/rubric-ato/kharkiv-kn-23.html", ["Input.Outlet"] = outlet,
        ["Input.Title"] = "Поліція: по Харкову вдарили північнокорейськими ракетами", ["Input.PublishedOn"] = "2024-02-07", ["Input.Language"] = "uk",
    };

    private static Dictionary<string, string> Strike() => new()
    {
        ["Input.Date"] = "2024-02-07", ["Input.DatePrecision"] = "Day", ["Input.LocationPrecision"] = "Oblast", ["Input.Oblast"] = "Kharkiv",
        ["Input.MissileType"] = "kn-23", ["Input.OriginStatus"] = "ReportedByOfficials",
        ["Input.Summary"] = "Two of five missiles were preliminarily identified as KN-23.", ["Input.Version"] = "",
    };

    [Fact]
    public async Task A_report_without_its_outlet_shows_the_Ukrainian_field_error_and_stores_nothing()
    {
        var editor = await _app.SignedInClientAsync("uk-editor", Roles.Editor);
        var before = await _app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().CountAsync());

        var response = await editor.PostFormAsync("/uk/editor/reports/new", Report(outlet: ""));
        var page = await response.ParseAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.DocumentElement.GetAttribute("lang").Should().Be("uk");
        page.QuerySelector("label[for=Input_Outlet]")!.TextContent.Should().Be("Видання");
        page.QuerySelector("[data-valmsg-for='Input.Outlet']")!.TextContent.Should().Be("Поле «Видання» обов'язкове.");
        (await _app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().CountAsync())).Should().Be(before);
    }

    [Fact]
    public async Task A_report_saved_from_the_Ukrainian_form_leads_back_into_uk_with_a_Ukrainian_message()
    {
        var editor = await _app.SignedInClientAsync("uk-editor", Roles.Editor);

        var response = await editor.PostFormAsync("/uk/editor/reports/new", Report());
        var location = response.Headers.Location!.ToString();
        var (_, page) = await editor.GetPageAsync(location);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        location.Should().MatchRegex("^/uk/editor/reports/[0-9]+$");
        page.QuerySelector(".alert-success")!.TextContent.Should()
            .Be("Повідомлення збережено як чернетку. Тепер додайте удари, про які воно пише, і заяви, які воно цитує.");
    }

    [Fact]
    public async Task A_strike_with_missing_and_inconsistent_fields_shows_Ukrainian_errors_and_stores_nothing()
    {
        var editor = await _app.SignedInClientAsync("uk-editor", Roles.Editor);
        var before = await _app.WithDbAsync(db => db.Strikes.IgnoreQueryFilters().CountAsync());
        var fields = Strike();
        fields["Input.Summary"] = "";
        fields["Input.LocationPrecision"] = "Settlement";

        var response = await editor.PostFormAsync("/uk/editor/strikes", fields);
        var page = await response.ParseAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.QuerySelector("[data-valmsg-for='Input.Summary']")!.TextContent.Should().Be("Поле «Короткий опис» обов'язкове.");
        // A cross-field rule of the input, shared with the API, in the page's language.
        page.QuerySelector("[data-valmsg-for='Input.Settlement']")!.TextContent.Should().Be("Вкажіть населений пункт або виберіть меншу точність.");
        (await _app.WithDbAsync(db => db.Strikes.IgnoreQueryFilters().CountAsync())).Should().Be(before);
    }

    [Fact]
    public async Task A_strike_saved_from_the_Ukrainian_form_opens_in_uk_with_a_Ukrainian_message()
    {
        var editor = await _app.SignedInClientAsync("uk-editor", Roles.Editor);

        var response = await editor.PostFormAsync("/uk/editor/strikes", Strike());
        var location = response.Headers.Location!.ToString();
        var (_, page) = await editor.GetPageAsync(location);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        location.Should().StartWith("/uk/editor/strikes/");
        page.QuerySelector(".alert-success")!.TextContent.Should().StartWith("Удар збережено як чернетку.");
        page.QuerySelector("h1")!.TextContent.Should().StartWith("Удар ");
    }

    [Fact]
    public async Task A_statement_without_a_quote_or_a_report_shows_Ukrainian_errors()
    {
        var editor = await _app.SignedInClientAsync("uk-editor", Roles.Editor);

        var response = await editor.PostFormAsync("/uk/editor/statements?reportId=1", new()
        {
            ["OfficialChoice"] = "1", ["Input.Quote"] = "", ["Input.QuoteKind"] = "Direct", ["Input.IsAggregate"] = "true",
            ["Input.Figures[0].Kind"] = "Cases", ["Input.Figures[0].Value"] = "10", ["Input.Figures[0].Qualifier"] = "AtLeast",
        });
        var page = await response.ParseAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.QuerySelector("[data-valmsg-for='Input.Quote']")!.TextContent.Should().Be("Поле «Цитата» обов'язкове.");
        page.QuerySelector("[data-valmsg-for='Input.ReportIds']")!.TextContent.Should()
            .Be("Назвіть принаймні одне повідомлення, що опублікувало заяву, або поясніть, чому опублікованого повідомлення немає.");
    }

    [Fact]
    public async Task The_API_keeps_its_English_messages()
    {
        var token = await _app.CreateTokenAsync(await _app.CreateUserAsync("api-editor", Roles.Editor));
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("uk");

        var response = await client.PostAsync("/api/v1/reports",
            System.Net.Http.Json.JsonContent.Create(new { url = "ftp://example.org/a", outlet = "X", title = "Y", language = "en" }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Give an absolute http:// or https:// link.");
    }
}
