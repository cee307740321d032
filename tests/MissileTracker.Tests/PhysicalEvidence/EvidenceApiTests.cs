using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Tests.Sources;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Evidence;
using MissileTracker.Web.History;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Tests.PhysicalEvidence;

/// <summary>Physical evidence records through the API: drafts, review, photos with hashes, custody, and what the public sees of them.</summary>
public sealed class EvidenceApiTests : SnapshotTestSite
{
    [Fact]
    public async Task An_editors_draft_with_custody_becomes_public_on_its_strike_once_a_reviewer_publishes_it()
    {
        var strike = await App.GetKnownKharkivAsync();
        var editor = await App.ClientWithRolesAsync("editor", Roles.Editor);
        var reviewer = await App.ClientWithRolesAsync("reviewer", Roles.Reviewer);
        var anonymous = App.CreateClient();

        var response = await editor.PostAsJsonAsync("/api/v1/evidence", Body(strike));

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = await response.ReadJsonAsync<EvidenceDto>();
        created.Status.Should().Be(PublicationStatus.Draft);
        created.Custody.Select(c => c.Holder).Should().Equal("Kharkiv police", "Conflict Armament Research");
        (await anonymous.GetAsync($"/api/v1/evidence/{created.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await anonymous.GetJsonAsync<StrikeDetail>($"/api/v1/strikes/{strike.Id}")).Evidence.Should().BeEmpty();

        (await editor.PostAsync($"/api/v1/evidence/{created.Id}/publish", null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await reviewer.PostAsync($"/api/v1/evidence/{created.Id}/publish", null)).StatusCode.Should().Be(HttpStatusCode.OK);

        var shown = (await anonymous.GetJsonAsync<StrikeDetail>($"/api/v1/strikes/{strike.Id}")).Evidence.Should().ContainSingle().Subject;
        shown.Markings.Should().Be("112");
        shown.Finding.Should().Be("Hwasong-11 series");
        shown.Reports.Select(r => r.Id).Should().Equal(strike.Reports[0].Id);
        shown.Custody[0].HandedTo.Should().Be("Conflict Armament Research");
        (await anonymous.GetJsonAsync<PagedResponse<EvidenceDto>>($"/api/v1/evidence?strike={strike.Id}")).Items.Select(e => e.Id).Should().Equal(created.Id);
        (await anonymous.GetJsonAsync<PagedResponse<EvidenceDto>>("/api/v1/evidence?strike=999")).Items.Should().BeEmpty();
        var one = await anonymous.GetJsonAsync<EvidenceDto>($"/api/v1/evidence/{created.Id}");
        one.History!.Select(h => h.Action).Should().Equal(ChangeAction.Published);
        one.History!.Should().OnlyContain(h => h.ChangedBy == "staff");

        var page = (await anonymous.GetPageAsync($"/strikes/{strike.Id}")).Document;
        page.QuerySelector($"#evidence-{created.Id} .evidence-finding")!.TextContent.Should().Contain("Hwasong-11 series");
        page.QuerySelector($"#evidence-{created.Id} .evidence-custody")!.TextContent.Should().Contain("handed to Conflict Armament Research");
        page.QuerySelector("#evidence-heading")!.ParentElement!.QuerySelector("a[type='text/csv']")!.GetAttribute("href").Should().Be($"/api/v1/evidence.csv?strike={strike.Id}");
    }

    [Fact]
    public async Task Evidence_csv_lists_published_records_with_the_finding_photo_hashes_and_custody_in_order()
    {
        var strike = await App.GetKnownKharkivAsync();
        var editor = await App.ClientWithRolesAsync("editor", Roles.Editor);
        var reviewer = await App.ClientWithRolesAsync("reviewer", Roles.Reviewer);
        var created = await (await editor.PostAsJsonAsync("/api/v1/evidence", Body(strike))).ReadJsonAsync<EvidenceDto>();
        (await editor.PostAsync($"/api/v1/evidence/{created.Id}/photos", FilePart(SnapshotApiTests.Png, "debris.png", "image/png"))).EnsureSuccessStatusCode();
        var draft = await (await editor.PostAsJsonAsync("/api/v1/evidence", Body(strike, markings: "113"))).ReadJsonAsync<EvidenceDto>();
        (await reviewer.PostAsync($"/api/v1/evidence/{created.Id}/publish", null)).EnsureSuccessStatusCode();

        var response = await App.CreateClient().GetAsync($"/api/v1/evidence.csv?strike={strike.Id}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var (header, rows) = CsvText.Parse(await response.Content.ReadAsStringAsync());
        var row = rows.Should().ContainSingle("the draft marked 113 is not public").Subject;
        header.Should().Equal("evidenceId", "strikeId", "component", "markings", "serials", "characters", "foundAt", "foundOn", "examinerId", "examiner",
            "examinedBy", "examinedWhen", "finding", "reportUrls", "photoSha256", "custody", "updatedAt");
        (row["evidenceId"], row["markings"], row["finding"]).Should().Be((created.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "112", "Hwasong-11 series"));
        row["photoSha256"].Should().Be(Convert.ToHexStringLower(SHA256.HashData(SnapshotApiTests.Png)));
        row["custody"].Should().Be("Kharkiv police → Conflict Armament Research; Conflict Armament Research [inspected]");
        row["reportUrls"].Should().Be(strike.Reports[0].Url ?? "", "a report the source gave no link for has none");
        draft.Id.Should().NotBe(created.Id);

        var bad = await App.CreateClient().GetAsync("/api/v1/evidence.csv?strike=0");
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await bad.ReadJsonAsync<ValidationProblemDetails>()).Errors.Keys.Should().Equal("strike");
    }

    [Fact]
    public async Task Bad_input_is_a_400_naming_each_field_and_stores_nothing()
    {
        var editor = await App.ClientWithRolesAsync("editor", Roles.Editor);
        var body = new Dictionary<string, object?>
        {
            ["strikeId"] = 999, ["component"] = "", ["finding"] = null, ["reportIds"] = new[] { 999 },
            ["custody"] = new[] { new { holder = "" } },
        };

        var response = await editor.PostAsJsonAsync("/api/v1/evidence", body);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync<ValidationProblemDetails>()).Errors.Keys.Should()
            .BeEquivalentTo("strikeId", "component", "finding", "examinedBy", "reportIds", "custody[0].holder");
        (await App.WithDbAsync(db => db.EvidenceRecords.IgnoreQueryFilters().CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task A_photo_is_stored_under_its_hash_shown_with_it_and_recorded_in_the_history()
    {
        var strike = await App.GetKnownKharkivAsync();
        var editor = await App.ClientWithRolesAsync("editor", Roles.Editor);
        var reviewer = await App.ClientWithRolesAsync("reviewer", Roles.Reviewer);
        var created = await (await editor.PostAsJsonAsync("/api/v1/evidence", Body(strike))).ReadJsonAsync<EvidenceDto>();

        var spoofed = await editor.PostAsync($"/api/v1/evidence/{created.Id}/photos", FilePart("not a picture"u8.ToArray(), "debris.png", "image/png"));
        spoofed.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await spoofed.ReadJsonAsync<ValidationProblemDetails>()).Errors.Keys.Should().Equal("file");

        var uploaded = await editor.PostAsync($"/api/v1/evidence/{created.Id}/photos", FilePart(SnapshotApiTests.Png, "debris.png", "image/png"));
        uploaded.StatusCode.Should().Be(HttpStatusCode.Created, await uploaded.Content.ReadAsStringAsync());
        var photo = await uploaded.ReadJsonAsync<EvidencePhotoDto>();
        photo.Sha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(SnapshotApiTests.Png)));
        (await App.CreateClient().GetAsync(photo.DownloadUrl)).StatusCode.Should().Be(HttpStatusCode.NotFound, "the record is still a draft");

        (await reviewer.PostAsync($"/api/v1/evidence/{created.Id}/publish", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        var download = await App.CreateClient().GetAsync(photo.DownloadUrl);
        download.StatusCode.Should().Be(HttpStatusCode.OK);
        Convert.ToHexStringLower(SHA256.HashData(await download.Content.ReadAsByteArrayAsync())).Should().Be(photo.Sha256);
        var shown = (await App.CreateClient().GetJsonAsync<StrikeDetail>($"/api/v1/strikes/{strike.Id}")).Evidence.Single();
        shown.Photos.Should().ContainSingle().Which.Sha256.Should().Be(photo.Sha256);
        var history = (await editor.GetJsonAsync<EvidenceDto>($"/api/v1/evidence/{created.Id}")).History!;
        history.Should().Contain(h => h.Action == ChangeAction.Linked && h.ChangedBy == "editor@example.org"
            && h.Changes.Single().Field == "photo" && h.Changes.Single().To!.StartsWith(photo.Sha256));
        var page = (await App.CreateClient().GetPageAsync($"/strikes/{strike.Id}")).Document;
        page.QuerySelector($"#evidence-{created.Id} .evidence-photo code.sha256")!.TextContent.Should().Be(photo.Sha256);
    }

    [Fact]
    public async Task A_published_record_is_a_reviewers_to_change_and_a_stale_version_is_a_conflict()
    {
        var strike = await App.GetKnownKharkivAsync();
        var editor = await App.ClientWithRolesAsync("editor", Roles.Editor);
        var reviewer = await App.ClientWithRolesAsync("reviewer", Roles.Reviewer);
        var created = await (await editor.PostAsJsonAsync("/api/v1/evidence", Body(strike))).ReadJsonAsync<EvidenceDto>();
        (await reviewer.PostAsync($"/api/v1/evidence/{created.Id}/publish", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        var current = await reviewer.GetJsonAsync<EvidenceDto>($"/api/v1/evidence/{created.Id}");

        (await editor.PutAsJsonAsync($"/api/v1/evidence/{created.Id}", Body(strike, current.Version))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await reviewer.PutAsJsonAsync($"/api/v1/evidence/{created.Id}", Body(strike, current.Version - 1))).StatusCode.Should().Be(HttpStatusCode.Conflict);
        var beforeEdit = DateTime.UtcNow.ToString("O");
        await Task.Delay(50);
        var changed = await reviewer.PutAsJsonAsync($"/api/v1/evidence/{created.Id}", Body(strike, current.Version, markings: "113", reason: "Reread the marking"));

        changed.StatusCode.Should().Be(HttpStatusCode.OK);
        var then = await App.CreateClient().GetJsonAsync<StrikeDetail>($"/api/v1/strikes/{strike.Id}?asOf={Uri.EscapeDataString(beforeEdit)}");
        then.Evidence.Should().ContainSingle().Which.Markings.Should().Be("112", "the strike as of a date shows its evidence as it stood then");
        var history = (await App.CreateClient().GetJsonAsync<EvidenceDto>($"/api/v1/evidence/{created.Id}")).History!;
        history[0].Reason.Should().Be("Reread the marking");
        history[0].Changes.Should().Contain(new FieldChange("markings", "112", "113"));
    }

    [Fact]
    public async Task A_snapshot_upload_is_recorded_in_the_reports_public_history()
    {
        var reportId = await AddReportAsync("https://example.org/evidence");
        var editor = await App.ClientWithRolesAsync("editor", Roles.Editor);

        var response = await editor.PostAsync($"/api/v1/reports/{reportId}/snapshots", FilePart(SnapshotApiTests.Png, "page.png", "image/png"));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var entries = await App.WithDbAsync(db => db.ChangeLog.Where(e => e.EntityType == "Report" && e.EntityId == reportId).ToListAsync());
        entries.Should().ContainSingle(e => e.Action == ChangeAction.Linked).Which.Should().Match<ChangeLogEntry>(e =>
            e.IsPublic && e.ChangedBy == "editor@example.org" && e.Changes[0].Field == "snapshot" && e.Changes[0].To!.Contains("upload"));
    }

    private static Dictionary<string, object?> Body(StrikeDetail strike, int? version = null, string markings = "112", string? reason = null) => new()
    {
        ["strikeId"] = strike.Id, ["component"] = "missile remnants", ["markings"] = markings, ["characters"] = "a handwritten Hangeul character",
        ["examinedBy"] = "UN Panel of Experts", ["examinedWhen"] = "early April 2024", ["finding"] = "Hwasong-11 series",
        ["reportIds"] = new[] { strike.Reports[0].Id },
        ["custody"] = new object[]
        {
            new { holder = "Kharkiv police", handedTo = "Conflict Armament Research" },
            new { holder = "Conflict Armament Research", note = "inspected" },
        },
        ["version"] = version, ["reason"] = reason,
    };
}
