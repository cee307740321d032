using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Tests.Builders;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Releases;

namespace MissileTracker.Tests.Releases;

/// <summary>Issue 17: immutable, versioned releases that researchers can cite and diff.</summary>
public sealed class ReleaseApiTests : IDisposable
{
    private readonly ReleaseTestApp _releases = new();

    private TrackerApp App => _releases.App;

    public void Dispose() => _releases.Dispose();

    [Fact]
    public async Task A_release_stays_byte_identical_after_an_edit_while_the_live_export_and_the_next_release_show_it()
    {
        var reviewer = await _releases.ReviewerAsync();
        var anonymous = App.CreateClient();
        var first = await ReleaseTestApp.CreateAsync(reviewer, "2026.12", "First release.");

        first.Manifest.Counts.Strikes.Should().Be(3);
        first.Manifest.Files.Select(f => f.Name).Should().BeEquivalentTo(
            ["strikes.csv", "strikes.geojson", "claims.csv", "claim-figures.csv", "statements.json", "reports.json", "codebook.md", "CITATION.cff"]);
        var before = new Dictionary<string, byte[]>();
        foreach (var file in first.Manifest.Files)
        {
            var bytes = await anonymous.GetByteArrayAsync($"/api/v1/releases/2026.12/{file.Name}");
            Convert.ToHexStringLower(SHA256.HashData(bytes)).Should().Be(file.Sha256, $"{file.Name}'s hash is in the manifest");
            bytes.Length.Should().Be((int)file.Bytes);
            before[file.Name] = bytes;
        }

        await App.WithDbAsync(async db =>
        {
            var strike = await db.Strikes.SingleAsync(s => s.Id == KnownEvidence.KharkivStrikeId);
            strike.Summary = "Edited after the release.";
            await db.SaveChangesAsync();
        });

        foreach (var file in first.Manifest.Files)
        {
            (await anonymous.GetByteArrayAsync($"/api/v1/releases/2026.12/{file.Name}")).Should().Equal(before[file.Name], $"{file.Name} never changes");
        }

        (await anonymous.GetStringAsync("/api/v1/strikes.csv")).Should().Contain("Edited after the release.");
        System.Text.Encoding.UTF8.GetString(before["strikes.csv"]).Should().NotContain("Edited after the release.");

        await ReleaseTestApp.CreateAsync(reviewer, "2026.12.1");
        var diff = await anonymous.GetJsonAsync<ReleaseDiff>("/api/v1/releases/2026.12/diff/2026.12.1");
        var strikes = diff.Tables.Should().ContainSingle(t => t.File == "strikes.csv").Subject;
        strikes.Added.Should().BeEmpty();
        strikes.Removed.Should().BeEmpty();
        var changed = strikes.Changed.Should().ContainSingle().Subject;
        changed.Id.Should().Be(KnownEvidence.KharkivStrikeId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        changed.Fields.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Field = "summary", To = "Edited after the release." });
    }

    [Fact]
    public async Task A_diff_lists_a_changed_claim_and_the_release_holds_both_claim_tables()
    {
        var reviewer = await _releases.ReviewerAsync();
        var first = await ReleaseTestApp.CreateAsync(reviewer, "a");
        var claimId = await App.WithDbAsync(db => db.Statements.Where(s => s.IsAggregate).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());
        await App.WithDbAsync(async db =>
        {
            var claim = await db.Statements.SingleAsync(s => s.Id == claimId);
            claim.Quote = "Corrected quote.";
            await db.SaveChangesAsync();
        });
        await ReleaseTestApp.CreateAsync(reviewer, "b");

        var diff = await App.CreateClient().GetJsonAsync<ReleaseDiff>("/api/v1/releases/a/diff/b");

        diff.Tables.Single(t => t.File == "strikes.csv").ChangedCount.Should().Be(0);
        var claims = diff.Tables.Single(t => t.File == "claims.csv");
        claims.Record.Should().Be("Claim");
        claims.Changed.Should().ContainSingle().Which.Fields.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Field = "quote", To = "Corrected quote." });
        var csv = await App.CreateClient().GetStringAsync("/api/v1/releases/a/claims.csv");
        csv.Should().StartWith("id,statedOn,speaker,").And.NotContain("Corrected quote.");
        first.Manifest.Counts.Claims.Should().BeGreaterThan(0);
        (await App.CreateClient().GetStringAsync("/api/v1/releases/a/claim-figures.csv")).Should().StartWith("claimId,position,kind,");
    }

    [Fact]
    public async Task A_diff_lists_added_and_removed_strikes()
    {
        var reviewer = await _releases.ReviewerAsync();
        await ReleaseTestApp.CreateAsync(reviewer, "a");
        await App.WithDbAsync(async db =>
        {
            var strike = await db.Strikes.SingleAsync(s => s.Id == 1);
            strike.DeletedAt = DateTime.UtcNow;
            await db.SaveChangesAsync();
        });
        await ReleaseTestApp.CreateAsync(reviewer, "b");

        var diff = await App.CreateClient().GetJsonAsync<ReleaseDiff>("/api/v1/releases/a/diff/b");
        var strikes = diff.Tables.Single(t => t.File == "strikes.csv");
        strikes.Removed.Select(r => r.Id).Should().Equal("1");
        strikes.ChangedCount.Should().Be(0);

        var reverse = await App.CreateClient().GetJsonAsync<ReleaseDiff>("/api/v1/releases/b/diff/a");
        reverse.Tables.Single(t => t.File == "strikes.csv").Added.Select(r => r.Id).Should().Equal("1");
    }

    [Fact]
    public async Task A_strike_merged_between_releases_is_listed_as_removed_with_its_survivor()
    {
        var reviewer = await _releases.ReviewerAsync();
        await ReleaseTestApp.CreateAsync(reviewer, "a");
        var merged = await reviewer.PostAsJsonAsync("/api/v1/strikes/2/merge", new { into = KnownEvidence.KharkivStrikeId, reason = "The same attack, entered twice." });
        merged.IsSuccessStatusCode.Should().BeTrue(await merged.Content.ReadAsStringAsync());
        await ReleaseTestApp.CreateAsync(reviewer, "b");

        var diff = await App.CreateClient().GetJsonAsync<ReleaseDiff>("/api/v1/releases/a/diff/b");

        diff.Tables.Single(t => t.File == "strikes.csv").Removed.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Id = "2", MergedInto = KnownEvidence.KharkivStrikeId });
    }

    [Fact]
    public async Task Files_are_served_with_their_hash_as_etag_byte_ranges_and_immutable_caching()
    {
        var release = await ReleaseTestApp.CreateAsync(await _releases.ReviewerAsync(), "2026.12");
        var csv = release.Manifest.Files.Single(f => f.Name == "strikes.csv");
        var client = App.CreateClient();

        var full = await client.GetAsync("/api/v1/releases/2026.12/strikes.csv");
        full.Headers.ETag!.Tag.Should().Be($"\"{csv.Sha256}\"");
        full.Headers.CacheControl!.ToString().Should().Contain("immutable").And.Contain("max-age=31536000");
        full.Headers.GetValues("X-Data-Release").Should().Equal("2026.12");
        full.Headers.GetValues("X-Data-Version").Should().Equal(release.Manifest.DataVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var bytes = await full.Content.ReadAsByteArrayAsync();

        using var ranged = new HttpRequestMessage(HttpMethod.Get, "/api/v1/releases/2026.12/strikes.csv");
        ranged.Headers.Range = new RangeHeaderValue(10, 29);
        var part = await client.SendAsync(ranged);
        part.StatusCode.Should().Be(HttpStatusCode.PartialContent);
        (await part.Content.ReadAsByteArrayAsync()).Should().Equal(bytes[10..30]);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/api/v1/releases/2026.12/strikes.csv");
        conditional.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{csv.Sha256}\""));
        (await client.SendAsync(conditional)).StatusCode.Should().Be(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task Latest_points_at_the_newest_release_not_withdrawn_and_a_withdrawn_release_says_why()
    {
        var reviewer = await _releases.ReviewerAsync();
        await ReleaseTestApp.CreateAsync(reviewer, "2026.11");
        await ReleaseTestApp.CreateAsync(reviewer, "2026.12");
        var client = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        (await App.CreateClient().GetJsonAsync<ReleaseSummary>("/api/v1/releases/latest")).Manifest.Version.Should().Be("2026.12");

        var withdrawn = await reviewer.PostAsJsonAsync("/api/v1/releases/2026.12/withdraw", new { reason = "Casualty figures entered from the wrong report." });
        withdrawn.StatusCode.Should().Be(HttpStatusCode.OK);
        var summary = await App.CreateClient().GetJsonAsync<ReleaseSummary>("/api/v1/releases/2026.12");
        summary.Withdrawal!.Reason.Should().Be("Casualty figures entered from the wrong report.");
        (await App.CreateClient().GetJsonAsync<ReleaseSummary>("/api/v1/releases/latest")).Manifest.Version.Should().Be("2026.11");

        var redirect = await client.GetAsync("/api/v1/releases/latest/strikes.csv");
        redirect.StatusCode.Should().Be(HttpStatusCode.Redirect);
        redirect.Headers.Location!.ToString().Should().Be("/api/v1/releases/2026.11/strikes.csv");

        (await reviewer.PostAsJsonAsync("/api/v1/releases/2026.12/withdraw", new { reason = "Again." })).StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await App.CreateClient().GetAsync("/api/v1/releases/2026.12/strikes.csv")).StatusCode.Should().Be(HttpStatusCode.OK, "citations of a withdrawn release still resolve");
    }

    [Theory]
    [InlineData("/api/v1/releases/1999.1")]
    [InlineData("/api/v1/releases/1999.1/strikes.csv")]
    [InlineData("/api/v1/releases/1999.1/diff/2026.12")]
    [InlineData("/api/v1/releases/2026.12/secrets.txt")]
    [InlineData("/api/v1/releases/latest")]
    public async Task An_unknown_release_or_file_is_a_404_problem(string url)
    {
        if (!url.EndsWith("latest", StringComparison.Ordinal))
        {
            await ReleaseTestApp.CreateAsync(await _releases.ReviewerAsync(), "2026.12");
        }

        var response = await App.CreateClient().GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Theory]
    [InlineData("latest")]
    [InlineData("../escape")]
    [InlineData("")]
    [InlineData("a version with spaces")]
    public async Task A_bad_version_is_a_400_naming_the_field_and_writes_nothing(string version)
    {
        var response = await (await _releases.ReviewerAsync()).PostAsJsonAsync("/api/v1/releases", new { version });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.ReadJsonAsync<ValidationProblemDetails>();
        problem.Errors.Keys.Should().Contain(k => k.Equals("version", StringComparison.OrdinalIgnoreCase));
        (Directory.Exists(_releases.Directory) ? Directory.GetDirectories(_releases.Directory).Where(d => !Path.GetFileName(d).StartsWith('.')) : []).Should().BeEmpty();
    }

    [Fact]
    public async Task A_version_is_never_reused_and_only_reviewers_create_releases()
    {
        var reviewer = await _releases.ReviewerAsync();
        await ReleaseTestApp.CreateAsync(reviewer, "2026.12");

        (await reviewer.PostAsJsonAsync("/api/v1/releases", new { version = "2026.12" })).StatusCode.Should().Be(HttpStatusCode.Conflict);
        var editor = await App.ClientWithRolesAsync("editor", Roles.Editor);
        (await editor.PostAsJsonAsync("/api/v1/releases", new { version = "2027.01" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await App.CreateClient().PostAsJsonAsync("/api/v1/releases", new { version = "2027.01" })).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_live_exports_say_they_are_unreleased_and_which_data_version_they_show()
    {
        var response = await App.CreateClient().GetAsync("/api/v1/strikes.csv");

        response.Headers.GetValues("X-Data-Release").Should().Equal("unreleased");
        var logged = await App.WithDbAsync(db => db.ChangeLog.MaxAsync(c => (long?)c.Id));
        response.Headers.GetValues("X-Data-Version").Should().Equal((logged ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var version = (logged ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Content.Headers.ContentDisposition!.FileName.Should().Be($"strikes-unreleased-v{version}.csv", "a saved file keeps no headers: its name says what it is");
        (await App.CreateClient().GetAsync("/api/v1/strikes.geojson")).Content.Headers.ContentDisposition!.FileName.Should().Be($"strikes-unreleased-v{version}.geojson");
        (await App.CreateClient().GetAsync("/api/v1/claims.csv")).Content.Headers.ContentDisposition!.FileName.Should().Be($"claims-unreleased-v{version}.csv");
    }

    [Fact]
    public async Task The_citation_file_names_the_version_and_the_release_page()
    {
        await ReleaseTestApp.CreateAsync(await _releases.ReviewerAsync(), "2026.12");

        var cff = await App.CreateClient().GetStringAsync("/api/v1/releases/2026.12/CITATION.cff");

        cff.Should().StartWith("cff-version: 1.2.0\n").And.Contain("type: dataset\n").And.Contain("version: \"2026.12\"\n")
            .And.Contain("url: \"http://localhost/releases/2026.12\"");
        var codebook = await App.CreateClient().GetStringAsync("/api/v1/releases/2026.12/codebook.md");
        codebook.Should().StartWith("# Codebook");
    }
}
