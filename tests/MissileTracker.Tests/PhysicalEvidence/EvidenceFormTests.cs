using System.Net;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Publishing;

namespace MissileTracker.Tests.PhysicalEvidence;

/// <summary>The editor page for evidence records: labelled, required fields marked, errors beside their fields, blank custody rows ignored.</summary>
public sealed class EvidenceFormTests : IDisposable
{
    private readonly TrackerApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task The_form_stores_a_draft_with_its_filled_custody_rows_only()
    {
        var editor = await _app.SignedInClientAsync("editor", Roles.Editor);
        var strikeId = await _app.StrikeIdOnAsync(Builders.KnownEvidence.KharkivDay);
        var url = $"/editor/evidence?strikeId={strikeId}";

        var response = await editor.PostFormAsync(url, new()
        {
            ["Input.StrikeId"] = strikeId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Component"] = "missile debris",
            ["Input.ExaminedBy"] = "Conflict Armament Research (CAR)", ["Input.Finding"] = "Hwasong-11 series", ["Input.Markings"] = "112",
            ["Input.Custody[0].Holder"] = "Kharkiv police", ["Input.Custody[0].HandedTo"] = "Conflict Armament Research", ["Input.Custody[1].Holder"] = "",
        });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var record = await _app.WithDbAsync(db => db.EvidenceRecords.IgnoreQueryFilters().Include(e => e.Custody).SingleAsync());
        record.Should().Match<MissileTracker.Web.Evidence.EvidenceRecord>(e => e.StrikeId == strikeId && e.Markings == "112" && e.Status == PublicationStatus.Draft);
        record.Custody.Select(c => c.Holder).Should().Equal("Kharkiv police");
        response.Headers.Location!.ToString().Should().Be($"/editor/evidence/{record.Id}");
        var (page, document) = await editor.GetPageAsync($"/editor/evidence/{record.Id}");
        page.StatusCode.Should().Be(HttpStatusCode.OK);
        document.QuerySelector("label[for=Input_Finding]")!.TextContent.Should().Contain("Finding (verbatim)");
        document.QuerySelector("#photo-upload input[type=file]").Should().NotBeNull();
    }

    [Fact]
    public async Task Missing_fields_are_shown_beside_their_fields_and_nothing_is_stored()
    {
        var editor = await _app.SignedInClientAsync("editor", Roles.Editor);

        var response = await editor.PostFormAsync("/editor/evidence", new() { ["Input.Component"] = "", ["Input.Finding"] = "" });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await response.ParseAsync();
        page.QuerySelector("[data-valmsg-for='Input.Component']")!.TextContent.Should().NotBeEmpty();
        page.QuerySelector("[data-valmsg-for='Input.Finding']")!.TextContent.Should().NotBeEmpty();
        page.QuerySelector("[data-valmsg-for='Input.StrikeId']")!.TextContent.Should().NotBeEmpty();
        page.QuerySelector("[data-valmsg-for='Input.ExaminedBy']")!.TextContent.Should().NotBeEmpty();
        (await _app.WithDbAsync(db => db.EvidenceRecords.IgnoreQueryFilters().CountAsync())).Should().Be(0);
    }
}
