using System.Net.Http.Json;
using AngleSharp.Dom;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Officials;

namespace MissileTracker.Tests.Editing;

/// <summary>Issue 13 item 9: forms speak in human words, mark required fields, and offer countries from ISO 3166.</summary>
public sealed class FormLabelsTests : IDisposable
{
    private static readonly string[] EnumNames = ["NightOf", "NotReported", "AtLeast", "AtMost", "ReportedByOfficials", "ConfirmedByDebris"];
    private readonly TrackerApp _app = new();

    public void Dispose() => _app.Dispose();

    private static IEnumerable<string> VisibleOptionTexts(IDocument page) =>
        page.QuerySelectorAll("option").Select(o => o.TextContent.Trim());

    [Fact]
    public async Task The_strike_form_shows_no_enum_names_and_marks_required_fields()
    {
        var editor = await _app.SignedInClientAsync("editor", Roles.Editor);
        var (_, page) = await editor.GetPageAsync("/editor/strikes");

        VisibleOptionTexts(page).Should().NotContain(EnumNames);
        VisibleOptionTexts(page).Should().Contain(["Night starting on the date", "Not reported", "Oblast only"]);
        page.QuerySelector("label[for='Input_MissileType'] + .required-mark").Should().NotBeNull();
        page.QuerySelector("#Input_MissileType")!.GetAttribute("aria-required").Should().Be("true");
        page.QuerySelector("#Input_Date")!.GetAttribute("aria-required").Should().Be("true");
        page.QuerySelector("#Input_Settlement")!.HasAttribute("aria-required").Should().BeFalse();
        page.QuerySelector("label[for='Input_Settlement'] + .required-mark").Should().BeNull();
    }

    [Fact]
    public async Task A_missing_field_is_named_in_words()
    {
        var editor = await _app.SignedInClientAsync("editor", Roles.Editor);

        var response = await editor.PostFormAsync("/editor/strikes", new()
        {
            ["Input.Date"] = "2024-02-07", ["Input.DatePrecision"] = "Day", ["Input.LocationPrecision"] = "NotReported",
            ["Input.OriginStatus"] = "Suspected", ["Input.MissileType"] = "", ["Input.Summary"] = "A strike reported without a type.",
        });
        var page = await response.ParseAsync();

        page.QuerySelector("[data-valmsg-for='Input.MissileType']")!.TextContent.Should().Be("The Missile type field is required.");
    }

    [Fact]
    public async Task The_statement_form_offers_qualifiers_in_words_and_countries_from_iso_3166()
    {
        var editor = await _app.SignedInClientAsync("editor", Roles.Editor);
        var (_, page) = await editor.GetPageAsync("/editor/statements?reportId=1");

        VisibleOptionTexts(page).Should().NotContain(EnumNames).And.Contain(["At least", "Up to", "About", "Exactly"]);
        page.QuerySelector("#NewOfficial_Country")!.GetAttribute("list").Should().Be("countries");
        page.QuerySelector("#NewOfficial_Country")!.GetAttribute("aria-required").Should().Be("true");
        page.QuerySelectorAll("#countries option").Select(o => (o.GetAttribute("value"), o.GetAttribute("label")))
            .Should().Contain([("Ukraine", "UA"), ("North Korea", "KP")]);
    }

    [Fact]
    public async Task A_country_given_as_an_iso_code_is_stored_as_its_name_and_free_text_is_kept()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);

        var byCode = await (await editor.PostAsJsonAsync("/api/v1/officials",
            new { name = "Oleh Syniehubov", role = "Governor", organisation = "Kharkiv Oblast Military Administration", country = "ua" })).ReadJsonAsync<OfficialDetail>();
        var byText = await (await editor.PostAsJsonAsync("/api/v1/officials",
            new { name = "Joint statement signatories", role = "Foreign ministers", organisation = "47 countries", country = "Several countries" })).ReadJsonAsync<OfficialDetail>();

        byCode.Country.Should().Be("Ukraine");
        byText.Country.Should().Be("Several countries");
    }
}
