using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Tests.Builders;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Geography;
using MissileTracker.Web.History;
using MissileTracker.Web.Statements;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Tests.Strikes;

/// <summary>Issue 13 item 7: a reviewer merges a strike entered twice into the one that stays.</summary>
public sealed class StrikeMergeTests : IDisposable
{
    private const int Survivor = KnownEvidence.KharkivStrikeId;
    private readonly TrackerApp _app = new();

    public void Dispose() => _app.Dispose();

    /// <summary>The same Kharkiv strike entered again: its own statement and report, plus the report the survivor already has.</summary>
    private async Task<int> AddDuplicateAsync()
    {
        var duplicate = Evidence.Strike(KnownEvidence.KharkivDay, Oblast.Kharkiv, "Kharkiv", summary: "Kharkiv, entered a second time");
        duplicate.PublishedAt = DateTime.UtcNow.AddHours(-1);
        var report = Evidence.Report("Governor: two killed in Kharkiv", "Regional outlet");
        var statement = Evidence.Says(Evidence.Official("Oleh Synehubov"), duplicate, report, killed: 2);
        statement.Strikes[0].WeaponLabel = "KN-23";
        await _app.AddAsync(statement);
        await _app.WithDbAsync(async db =>
        {
            var kn23 = await db.Weapons.Where(w => w.Code == MissileTracker.Web.Weapons.WeaponCatalog.Kn23).Select(w => w.Id).SingleAsync();
            db.Add(new StatementStrikeWeapon { StatementId = statement.Id, StrikeId = duplicate.Id, WeaponId = kn23 });
            await db.SaveChangesAsync();
        });
        await _app.WithDbAsync(async db =>
        {
            var shared = await db.StrikeReports.Where(x => x.StrikeId == Survivor).Select(x => x.ReportId).FirstAsync();
            db.StrikeReports.Add(new StrikeReport { StrikeId = duplicate.Id, ReportId = shared });
            await db.SaveChangesAsync();
        });
        return duplicate.Id;
    }

    private async Task<HttpResponseMessage> MergeAsync(int id, object body, string role = Roles.Reviewer)
    {
        var client = await _app.ClientWithRolesAsync("staff-" + Guid.NewGuid().ToString("N")[..8], role);
        return await client.PostAsJsonAsync($"/api/v1/strikes/{id}/merge", body);
    }

    [Fact]
    public async Task Merging_moves_statements_and_reports_once_and_leaves_a_tombstone()
    {
        var duplicate = await AddDuplicateAsync();
        var reportsBefore = await _app.WithDbAsync(db => db.StrikeReports.Where(x => x.StrikeId == Survivor || x.StrikeId == duplicate).Select(x => x.ReportId).Distinct().CountAsync());

        var response = await MergeAsync(duplicate, new { into = Survivor, reason = "Same strike, entered from two reports." });

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var survivor = await response.ReadJsonAsync<StrikeDetail>();
        survivor.Id.Should().Be(Survivor);
        survivor.Statements.Should().Contain(s => s.Official!.Name == "Oleh Synehubov" && s.Figures.Killed!.Value.Value == 2
            && s.Figures.WeaponLabel == "KN-23" && s.Figures.MissileTypes.Single().Code == "kn-23", "the statement's figures, label and weapon set move with it");
        survivor.Reports.Should().HaveCount(reportsBefore).And.OnlyHaveUniqueItems(r => r.Id);
        var tombstone = await _app.WithDbAsync(db => db.Strikes.IgnoreQueryFilters().SingleAsync(s => s.Id == duplicate));
        tombstone.MergedIntoId.Should().Be(Survivor);
        tombstone.DeletedAt.Should().NotBeNull();
        (await _app.WithDbAsync(db => db.StrikeReports.CountAsync(x => x.StrikeId == duplicate))).Should().Be(0);
        (await _app.WithDbAsync(db => db.StatementStrikes.CountAsync(x => x.StrikeId == duplicate))).Should().Be(0);
    }

    [Fact]
    public async Task The_merged_id_answers_301_to_the_survivor_on_the_page_and_in_the_api()
    {
        var duplicate = await AddDuplicateAsync();
        (await MergeAsync(duplicate, new { into = Survivor, reason = "Same strike." })).EnsureSuccessStatusCode();
        var anonymous = _app.CreateClient(new() { AllowAutoRedirect = false });

        var api = await anonymous.GetAsync($"/api/v1/strikes/{duplicate}");
        var page = await anonymous.GetAsync($"/strikes/{duplicate}");

        api.StatusCode.Should().Be(HttpStatusCode.MovedPermanently);
        api.Headers.Location!.ToString().Should().Be($"/api/v1/strikes/{Survivor}");
        page.StatusCode.Should().Be(HttpStatusCode.MovedPermanently);
        page.Headers.Location!.ToString().Should().Be($"/strikes/{Survivor}");
    }

    [Fact]
    public async Task The_removed_list_gives_merged_into_and_both_histories_record_the_merge()
    {
        var duplicate = await AddDuplicateAsync();
        (await MergeAsync(duplicate, new { into = Survivor, reason = "Same strike, two reports." })).EnsureSuccessStatusCode();
        var client = _app.CreateClient();

        var removed = await client.GetJsonAsync<List<RemovedStrike>>("/api/v1/strikes/deleted");
        var survivor = await client.GetJsonAsync<StrikeDetail>($"/api/v1/strikes/{Survivor}");
        var tombstoneHistory = await _app.WithDbAsync(db => db.HistoryOfAsync(nameof(Strike), duplicate, staff: true, CancellationToken.None));

        removed.Should().ContainSingle(r => r.Id == duplicate).Which.Should().BeEquivalentTo(new { Reason = "merged", MergedInto = (int?)Survivor });
        survivor.History.Should().Contain(h => h.Action == ChangeAction.Merged && h.Reason == "Same strike, two reports."
            && h.Changes.Any(c => c.Field == "mergedFrom" && c.To == duplicate.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        survivor.History.Should().Contain(h => h.Action == ChangeAction.Linked && h.Changes.Any(c => c.Field == "statement"));
        tombstoneHistory.Should().Contain(h => h.Action == ChangeAction.Merged && h.Changes.Any(c => c.Field == "mergedIntoId" && c.To == Survivor.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Merging_into_itself_a_deleted_or_merged_strike_or_nothing_gets_400_naming_into_and_changes_nothing()
    {
        var duplicate = await AddDuplicateAsync();
        var other = await AddDuplicateAsync();
        var deleted = Evidence.Strike(KnownEvidence.KharkivDay, Oblast.Kharkiv, "Kharkiv");
        deleted.DeletedAt = DateTime.UtcNow;
        await _app.AddAsync(deleted);
        (await MergeAsync(other, new { into = Survivor, reason = "Same." })).EnsureSuccessStatusCode();

        foreach (var into in new[] { duplicate, 999_999, deleted.Id, other })
        {
            var response = await MergeAsync(duplicate, new { into, reason = "Same." });
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest, $"merging into {into}");
            (await response.ReadJsonAsync<ValidationProblemDetails>()).Errors.Keys.Should().Equal("into");
        }

        var noReason = await MergeAsync(duplicate, new { into = Survivor });
        noReason.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await noReason.ReadJsonAsync<ValidationProblemDetails>()).Errors.Keys.Should().Contain("reason");
        (await MergeAsync(999_999, new { into = Survivor, reason = "Same." })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await MergeAsync(duplicate, new { into = Survivor, reason = "Same." }, Roles.Editor)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var restoreMerged = await (await _app.ClientWithRolesAsync("restorer", Roles.Reviewer)).PostAsync($"/api/v1/strikes/{other}/restore", null);
        restoreMerged.StatusCode.Should().Be(HttpStatusCode.BadRequest, "a merged strike's evidence is on the survivor");
        var untouched = await _app.WithDbAsync(db => db.Strikes.IgnoreQueryFilters().SingleAsync(s => s.Id == duplicate));
        untouched.MergedIntoId.Should().BeNull();
        untouched.DeletedAt.Should().BeNull();
    }

    [Fact]
    public async Task A_reviewer_merges_from_the_page_after_confirming()
    {
        var duplicate = await AddDuplicateAsync();
        var reviewer = await _app.SignedInClientAsync("reviewer", Roles.Reviewer);
        var fields = new Dictionary<string, string> { ["Input.Into"] = Survivor.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Reason"] = "Same strike." };

        var unconfirmed = await reviewer.PostFormAsync($"/editor/review/merge/{duplicate}", fields);
        var (_, form) = await reviewer.GetPageAsync($"/editor/review/merge/{duplicate}");
        fields["Input.Confirm"] = "true";
        var confirmed = await reviewer.PostFormAsync($"/editor/review/merge/{duplicate}", fields);

        unconfirmed.StatusCode.Should().Be(HttpStatusCode.OK);
        (await unconfirmed.ParseAsync()).QuerySelector("[data-valmsg-for='Input.Confirm']")!.TextContent.Should().Contain("confirm");
        form.QuerySelector("#merge-candidates")!.TextContent.Should().Contain($"Strike {Survivor}");
        confirmed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        confirmed.Headers.Location!.ToString().Should().Be($"/editor/strikes/{Survivor}");
        (await _app.WithDbAsync(db => db.Strikes.IgnoreQueryFilters().SingleAsync(s => s.Id == duplicate))).MergedIntoId.Should().Be(Survivor);
    }

    [Fact]
    public async Task The_create_answer_lists_likely_duplicates()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);
        var body = new Dictionary<string, object?>
        {
            ["date"] = "2024-01-06", ["datePrecision"] = "Day", ["oblast"] = "Kharkiv", ["settlement"] = "Kharkiv", ["locationPrecision"] = "Settlement",
            ["originStatus"] = "ReportedByOfficials", ["missileType"] = "kn-23", ["summary"] = "Kharkiv again, from another report.",
        };

        var response = await editor.PostAsJsonAsync("/api/v1/strikes", body);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("likelyDuplicates").EnumerateArray().Select(d => d.GetProperty("id").GetInt32()).Should().Contain(Survivor);
    }
}
