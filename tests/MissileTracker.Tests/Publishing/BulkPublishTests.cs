using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Tests.Builders;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Data;
using MissileTracker.Web.History;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Reports;
using MissileTracker.Web.Statements;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Tests.Publishing;

/// <summary>Issue 13 item 8: publishing several drafts, or a strike with its drafts, in one action.</summary>
public sealed class BulkPublishTests : IDisposable
{
    private readonly TrackerApp _app = new();

    public void Dispose() => _app.Dispose();

    private sealed record Drafts(int StrikeId, int ReportId, int StatementId, int OtherStrikeId);

    /// <summary>A draft strike with a draft report and a draft statement about it, and an unrelated draft strike.</summary>
    private Task<Drafts> AddDraftsAsync() => _app.WithDbAsync(async db =>
    {
        var strike = await DraftStrikeAsync(db, new DateOnly(2024, 2, 7));
        var other = await DraftStrikeAsync(db, new DateOnly(2024, 3, 1));
        var report = new Report { Outlet = "Kyiv Independent", Title = "Police: two North Korean missiles hit Kharkiv", Language = "en" };
        strike.Reports.Add(new StrikeReport { Report = report });
        var official = await db.Officials.FirstAsync();
        var statement = new Statement { Official = official, Organisation = official.Organisation, Quote = "Two of the missiles were KN-23.", QuoteKind = QuoteKind.Paraphrase };
        statement.Reports.Add(new StatementReport { Report = report });
        statement.Strikes.Add(new StatementStrike { Strike = strike, WeaponTypes = { new StatementStrikeWeapon { WeaponId = strike.WeaponId } } });
        db.Add(statement);
        await db.SaveChangesAsync();
        return new Drafts(strike.Id, report.Id, statement.Id, other.Id);
    });

    private static async Task<Strike> DraftStrikeAsync(TrackerDbContext db, DateOnly date)
    {
        var strike = new Strike
        {
            OccurredOn = date, DatePrecision = DatePrecision.Day, LocationPrecision = LocationPrecision.NotReported,
            OriginStatus = OriginStatus.ReportedByOfficials, WeaponId = await db.Weapons.Select(w => w.Id).FirstAsync(),
            Summary = "A draft strike entered for review.",
        };
        db.Add(strike);
        await db.SaveChangesAsync();
        return strike;
    }

    private static async Task<HttpResponseMessage> PublishAsync(HttpClient client, string formUrl, string reason, params string[] selected)
    {
        var token = await client.AntiforgeryTokenAsync(formUrl);
        var fields = selected.Select(s => new KeyValuePair<string, string>("selected", s))
            .Append(new("reason", reason)).Append(new("__RequestVerificationToken", token));
        var action = formUrl.StartsWith("/editor/strikes/", StringComparison.Ordinal)
            ? "/editor/review/publish?strikeId=" + formUrl["/editor/strikes/".Length..]
            : "/editor/review/publish";
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    private Task<PublicationStatus> StatusAsync<T>(int id)
        where T : class, IPublishable =>
        _app.WithDbAsync(db => db.Set<T>().IgnoreQueryFilters().Where(r => r.Id == id).Select(r => r.Status).SingleAsync());

    private static string Version(int v) => v.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_reviewer_publishes_the_ticked_drafts_with_one_reason_each_in_its_own_history()
    {
        var drafts = await AddDraftsAsync();
        var reviewer = await _app.SignedInClientAsync("reviewer", Roles.Reviewer);
        var (_, desk) = await reviewer.GetPageAsync("/editor");
        var boxes = desk.QuerySelectorAll("#bulk-publish input[type=checkbox][name=selected]").Select(b => b.GetAttribute("value")!).ToList();

        var response = await PublishAsync(reviewer, "/editor", "Checked against the police report.",
            boxes.Single(b => b.StartsWith($"Strike:{drafts.OtherStrikeId}:", StringComparison.Ordinal)),
            boxes.Single(b => b.StartsWith($"Report:{drafts.ReportId}:", StringComparison.Ordinal)));
        var (_, after) = await reviewer.GetPageAsync(response.Headers.Location!.ToString());

        boxes.Should().HaveCount(4, "the two draft strikes, the draft report and the draft statement can be ticked");
        desk.QuerySelector($"#select-strike-{drafts.OtherStrikeId}")!.GetAttribute("aria-label").Should().StartWith($"Select strike {drafts.OtherStrikeId}");
        (await StatusAsync<Strike>(drafts.OtherStrikeId)).Should().Be(PublicationStatus.Published);
        (await StatusAsync<Report>(drafts.ReportId)).Should().Be(PublicationStatus.Published);
        (await StatusAsync<Strike>(drafts.StrikeId)).Should().Be(PublicationStatus.Draft, "it was not ticked");
        var history = await _app.WithDbAsync(db => db.ChangeLog.Where(e => e.Action == ChangeAction.Published).ToListAsync());
        history.Select(e => (e.EntityType, e.EntityId)).Should().BeEquivalentTo(new[] { ("Strike", drafts.OtherStrikeId), ("Report", drafts.ReportId) });
        history.Should().OnlyContain(e => e.Reason == "Checked against the police report." && e.ChangedBy == "reviewer@example.org");
        after.QuerySelector("#publication-outcomes")!.TextContent.Should().Contain($"Strike {drafts.OtherStrikeId}: published");
        (await _app.CreateClient().GetAsync($"/strikes/{drafts.OtherStrikeId}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_draft_changed_after_the_desk_was_loaded_is_left_as_a_draft_and_named_while_the_others_are_published()
    {
        var drafts = await AddDraftsAsync();
        var reviewer = await _app.SignedInClientAsync("reviewer", Roles.Reviewer);
        var seen = await _app.WithDbAsync(db => db.Strikes.IgnoreQueryFilters().Where(s => s.Id == drafts.StrikeId).Select(s => s.Version).SingleAsync());
        await _app.WithDbAsync(async db =>
        {
            var strike = await db.Strikes.IgnoreQueryFilters().SingleAsync(s => s.Id == drafts.StrikeId);
            strike.Killed = 1;
            await db.SaveChangesAsync();
        });

        var response = await PublishAsync(reviewer, "/editor", "", $"Strike:{drafts.StrikeId}:{Version(seen)}", $"Strike:{drafts.OtherStrikeId}");
        var (_, after) = await reviewer.GetPageAsync(response.Headers.Location!.ToString());

        (await StatusAsync<Strike>(drafts.StrikeId)).Should().Be(PublicationStatus.Draft);
        (await StatusAsync<Strike>(drafts.OtherStrikeId)).Should().Be(PublicationStatus.Published);
        after.QuerySelector("[role=status]")!.TextContent.Should().Contain("Published 1 of 2");
        after.QuerySelector("#publication-outcomes")!.TextContent.Should().Contain($"Strike {drafts.StrikeId}: not published: It was changed after you looked at it");
    }

    [Fact]
    public async Task A_draft_strike_is_published_with_its_draft_report_and_statement_when_the_reviewer_asks()
    {
        var drafts = await AddDraftsAsync();
        var reviewer = await _app.SignedInClientAsync("reviewer", Roles.Reviewer);
        var (_, page) = await reviewer.GetPageAsync($"/editor/strikes/{drafts.StrikeId}");
        var selected = page.QuerySelectorAll("#publish-with-drafts input[name=selected]").Select(i => i.GetAttribute("value")!).ToArray();

        await PublishAsync(reviewer, $"/editor/strikes/{drafts.StrikeId}", "Strike and sources checked.", selected);

        selected.Should().HaveCount(3);
        (await StatusAsync<Strike>(drafts.StrikeId)).Should().Be(PublicationStatus.Published);
        (await StatusAsync<Report>(drafts.ReportId)).Should().Be(PublicationStatus.Published);
        (await StatusAsync<Statement>(drafts.StatementId)).Should().Be(PublicationStatus.Published);
        (await StatusAsync<Strike>(drafts.OtherStrikeId)).Should().Be(PublicationStatus.Draft);
        var statement = await _app.CreateClient().GetAsync($"/strikes/{drafts.StrikeId}");
        (await statement.Content.ReadAsStringAsync()).Should().Contain("Two of the missiles were KN-23.");
    }

    [Fact]
    public async Task When_the_strike_cannot_be_published_none_of_its_drafts_are()
    {
        var drafts = await AddDraftsAsync();
        var reviewer = await _app.SignedInClientAsync("reviewer", Roles.Reviewer);

        await PublishAsync(reviewer, $"/editor/strikes/{drafts.StrikeId}", "", $"Strike:{drafts.StrikeId}:99", $"Report:{drafts.ReportId}", $"Statement:{drafts.StatementId}");

        (await StatusAsync<Strike>(drafts.StrikeId)).Should().Be(PublicationStatus.Draft);
        (await StatusAsync<Report>(drafts.ReportId)).Should().Be(PublicationStatus.Draft);
        (await StatusAsync<Statement>(drafts.StatementId)).Should().Be(PublicationStatus.Draft);
    }

    [Fact]
    public async Task An_editor_sees_no_checkboxes_and_cannot_bulk_publish()
    {
        var drafts = await AddDraftsAsync();
        var editor = await _app.SignedInClientAsync("editor", Roles.Editor);
        var (_, desk) = await editor.GetPageAsync("/editor");

        var response = await PublishAsync(editor, "/editor", "", $"Strike:{drafts.StrikeId}");

        desk.QuerySelectorAll("input[type=checkbox]").Should().BeEmpty();
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Contain("/account/denied");

        (await StatusAsync<Strike>(drafts.StrikeId)).Should().Be(PublicationStatus.Draft);
    }

    [Fact]
    public async Task Through_the_api_a_reviewer_publishes_a_strike_with_its_drafts_and_a_stale_version_publishes_nothing()
    {
        var drafts = await AddDraftsAsync();
        var reviewer = await _app.ClientWithRolesAsync("reviewer", Roles.Reviewer);
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);
        var version = await _app.WithDbAsync(db => db.Strikes.IgnoreQueryFilters().Where(s => s.Id == drafts.StrikeId).Select(s => s.Version).SingleAsync());
        var url = $"/api/v1/strikes/{drafts.StrikeId}/publish-with-drafts";

        var byEditor = await editor.PostAsJsonAsync(url, new { version });
        var stale = await reviewer.PostAsJsonAsync(url, new { version = version + 1 });
        var draftsAfterStale = (await StatusAsync<Report>(drafts.ReportId), await StatusAsync<Statement>(drafts.StatementId));
        var done = await reviewer.PostAsJsonAsync(url, new { version, reason = "Checked against the police report." });
        var batch = await done.ReadJsonAsync<PublicationBatch>();

        byEditor.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        stale.StatusCode.Should().Be(HttpStatusCode.Conflict);
        draftsAfterStale.Should().Be((PublicationStatus.Draft, PublicationStatus.Draft));
        done.StatusCode.Should().Be(HttpStatusCode.OK);
        batch.Published.Should().Be(3);
        batch.Outcomes.Select(o => (o.Kind, o.Id, o.Published)).Should().Equal(
            ("Strike", drafts.StrikeId, true), ("Report", drafts.ReportId, true), ("Statement", drafts.StatementId, true));
        var reasons = await _app.WithDbAsync(db => db.ChangeLog.Where(e => e.Action == ChangeAction.Published).Select(e => e.Reason).ToListAsync());
        reasons.Should().HaveCount(3).And.OnlyContain(r => r == "Checked against the police report.");
        var anonymous = await _app.CreateClient().GetAsync($"/api/v1/strikes/{drafts.StrikeId}");
        anonymous.StatusCode.Should().Be(HttpStatusCode.OK);
        (await anonymous.Content.ReadAsStringAsync()).Should().Contain("Two of the missiles were KN-23.");
    }
}
