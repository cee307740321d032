using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using MissileTracker.Tests.Builders;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;

namespace MissileTracker.Tests.AirForce;

public sealed class AirForcePagesTests
{
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string csv)
    {
        var (_, page) = await client.GetPageAsync("/editor/airforce");
        var token = page.QuerySelector<IHtmlInputElement>("#airforce-import input[name=__RequestVerificationToken]")!.Value;
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "airforce-reports.csv");
        form.Add(new StringContent("fixture-page"), "DatasetVersion");
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.PostAsync("/editor/airforce", form);
    }

    [Fact]
    public async Task An_editor_uploads_the_file_confirms_a_candidate_and_the_public_strike_page_shows_the_figures_and_the_post()
    {
        using var app = new TrackerApp();
        var editor = await app.SignedInClientAsync("editor", Roles.Editor);
        var strikeId = await app.StrikeIdOnAsync(KnownEvidence.KharkivDay);

        var uploaded = await UploadAsync(editor, AirForceFixtures.Csv);
        var result = await uploaded.ParseAsync();
        result.QuerySelector("#airforce-import-result")!.TextContent.Should().Contain("3 added");
        result.QuerySelector("#airforce-imports")!.TextContent.Should().Contain("fixture-page");

        var (_, links) = await editor.GetPageAsync($"/editor/airforce/links?strike={strikeId}");
        var row = links.QuerySelector("#airforce-candidates tbody tr")!;
        var rowId = row.GetAttribute("data-row-id")!;
        var confirmed = await editor.PostFormAsync($"/editor/airforce/links?strike={strikeId}",
            new() { ["strikeId"] = strikeId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["rowId"] = rowId, ["decision"] = "Confirmed" });
        confirmed.StatusCode.Should().Be(HttpStatusCode.Redirect, "the decision is saved and the list shown again");

        var (_, strike) = await app.CreateClient().GetPageAsync($"/strikes/{strikeId}");
        var section = strike.QuerySelector("#airforce-reports")!;
        section.QuerySelector(".airforce-launched")!.TextContent.Should().Be("6");
        section.QuerySelector(".airforce-launch-place")!.TextContent.Should().Be("Belgorod oblast");
        section.QuerySelector<IHtmlAnchorElement>("a.airforce-post")!.Href.Should().Be("https://www.facebook.com/kpszsu/posts/pfbid0FixtureAlpha1");
        section.TextContent.Should().Contain("possibly North Korean");
    }

    [Fact]
    public async Task A_bad_file_lists_its_cells_and_a_missing_file_is_a_field_error()
    {
        using var app = new TrackerApp();
        var editor = await app.SignedInClientAsync("editor", Roles.Editor);

        var bad = await UploadAsync(editor, AirForceFixtures.Header + "\n2024-01-01,2024-01-01,KN-23,,Ukraine,,x,,,,,,,,,,,,,,,kpszsu/posts/p1\n");

        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await bad.ParseAsync()).QuerySelector("#airforce-import-errors")!.TextContent.Should().Contain("rows[1].launched").And.Contain("'x' is not a count");
    }
}
