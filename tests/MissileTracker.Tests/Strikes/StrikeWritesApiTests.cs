using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.History;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Tests.Strikes;

public sealed class StrikeWritesApiTests : IDisposable
{
    private readonly TrackerApp _app = new();

    public void Dispose() => _app.Dispose();

    private static object KharkivFeb7(int? version = null, string summary = "Two of five missiles that hit Kharkiv were preliminarily identified as KN-23.") => new
    {
        date = "2024-02-07",
        datePrecision = "Day",
        timeOfDay = "06:00",
        settlement = "Kharkiv",
        district = "Slobidskyi district",
        oblast = "Kharkiv",
        locationPrecision = "District",
        originStatus = "ReportedByOfficials",
        missileType = "kn-23",
        missilesLaunched = 5,
        injured = 3,
        summary,
        version,
    };

    [Fact]
    public async Task Anonymous_writes_get_401()
    {
        var client = _app.CreateClient();

        (await client.PostAsJsonAsync("/api/v1/strikes", KharkivFeb7())).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await client.PutAsJsonAsync("/api/v1/strikes/1", KharkivFeb7(1))).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await client.DeleteAsync("/api/v1/strikes/1")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await client.PostAsync("/api/v1/strikes/1/publish", null)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await _app.WithDbAsync(db => db.Strikes.IgnoreQueryFilters().CountAsync())).Should().Be(3);
    }

    [Fact]
    public async Task A_revoked_or_unknown_token_gets_401()
    {
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "mt_not-a-real-token");

        (await client.PostAsJsonAsync("/api/v1/strikes", KharkivFeb7())).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_admin_without_an_editing_role_gets_403()
    {
        var admin = await _app.ClientWithRolesAsync("admin", Roles.Admin);

        (await admin.PostAsJsonAsync("/api/v1/strikes", KharkivFeb7())).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_editor_creates_a_draft_that_the_public_cannot_see()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);

        var response = await editor.PostAsJsonAsync("/api/v1/strikes", KharkivFeb7());

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var created = await response.ReadJsonAsync<StrikeDetail>();
        response.Headers.Location!.ToString().Should().Be($"/api/v1/strikes/{created.Id}");
        created.Status.Should().Be(PublicationStatus.Draft);
        created.Location.Text.Should().Be("Slobidskyi district, Kharkiv, Kharkiv Oblast");
        created.TimeOfDay.Should().Be(new TimeOnly(6, 0));
        var anonymous = _app.CreateClient();
        (await anonymous.GetAsync($"/api/v1/strikes/{created.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await anonymous.GetJsonAsync<MissileTracker.Web.Querying.PagedResponse<StrikeSummary>>("/api/v1/strikes")).Total.Should().Be(3);
        (await editor.GetJsonAsync<StrikeDetail>($"/api/v1/strikes/{created.Id}")).Status.Should().Be(PublicationStatus.Draft);
    }

    [Fact]
    public async Task An_editor_cannot_publish_but_a_reviewer_can()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);
        var reviewer = await _app.ClientWithRolesAsync("reviewer", Roles.Reviewer);
        var created = await (await editor.PostAsJsonAsync("/api/v1/strikes", KharkivFeb7())).ReadJsonAsync<StrikeDetail>();

        (await editor.PostAsync($"/api/v1/strikes/{created.Id}/publish", null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var published = await reviewer.PostAsync($"/api/v1/strikes/{created.Id}/publish", null);

        published.StatusCode.Should().Be(HttpStatusCode.OK);
        (await published.ReadJsonAsync<PublicationState>()).Status.Should().Be(PublicationStatus.Published);
        var visible = await _app.CreateClient().GetJsonAsync<StrikeDetail>($"/api/v1/strikes/{created.Id}");
        visible.History.Select(h => h.Action).Should().Contain(ChangeAction.Published);
        visible.History.Should().OnlyContain(h => h.ChangedBy == "staff", "the public does not see staff accounts");
    }

    [Fact]
    public async Task Invalid_input_gets_400_with_per_field_errors_and_stores_nothing()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);

        var response = await editor.PostAsJsonAsync("/api/v1/strikes", new
        {
            date = "2999-01-01",
            datePrecision = "Day",
            locationPrecision = "Settlement",
            originStatus = "ReportedByOfficials",
            missileType = "scud",
            latitude = 91.0,
            injured = -1,
            summary = "short",
        });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.ReadJsonAsync<ValidationProblemDetails>();
        problem.Errors.Keys.Should().Contain(["date", "latitude", "longitude", "injured", "summary", "missileType", "oblast"]);
        (await _app.WithDbAsync(db => db.Strikes.IgnoreQueryFilters().CountAsync())).Should().Be(3);
    }

    [Fact]
    public async Task Malformed_json_gets_400_problem_details()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);

        var response = await editor.PostAsync("/api/v1/strikes", new StringContent("{\"date\": ", System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task A_second_save_from_a_stale_version_gets_409_and_overwrites_nothing()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);
        var other = await _app.ClientWithRolesAsync("other", Roles.Editor);
        var created = await (await editor.PostAsJsonAsync("/api/v1/strikes", KharkivFeb7())).ReadJsonAsync<StrikeDetail>();

        var first = await editor.PutAsJsonAsync($"/api/v1/strikes/{created.Id}", KharkivFeb7(created.Version, "First editor's summary of the attack."));
        var second = await other.PutAsJsonAsync($"/api/v1/strikes/{created.Id}", KharkivFeb7(created.Version, "Second editor's summary of the attack."));

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        second.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var problem = await second.ReadJsonAsync<ProblemDetails>();
        problem.Extensions["currentVersion"]!.ToString().Should().Be((created.Version + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var stored = await editor.GetJsonAsync<StrikeDetail>($"/api/v1/strikes/{created.Id}");
        stored.Summary.Should().Be("First editor's summary of the attack.");
    }

    [Fact]
    public async Task An_editor_cannot_change_a_published_strike()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);
        var strike = await _app.GetKnownKharkivAsync();

        var response = await editor.PutAsJsonAsync($"/api/v1/strikes/{strike.Id}", KharkivFeb7(strike.Version));

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Every_change_is_in_the_history_with_who_what_and_why()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);
        var created = await (await editor.PostAsJsonAsync("/api/v1/strikes", KharkivFeb7())).ReadJsonAsync<StrikeDetail>();
        var changed = new Dictionary<string, object?>
        {
            ["date"] = "2024-02-07", ["datePrecision"] = "Day", ["settlement"] = "Kharkiv", ["district"] = "Slobidskyi district",
            ["oblast"] = "Kharkiv", ["locationPrecision"] = "District", ["originStatus"] = "ReportedByOfficials", ["missileType"] = "kn-23",
            ["missilesLaunched"] = 5, ["injured"] = 4, ["summary"] = "Updated: four injured according to a later police update.",
            ["version"] = created.Version, ["reason"] = "Police raised the count",
        };

        (await editor.PutAsJsonAsync($"/api/v1/strikes/{created.Id}", changed)).StatusCode.Should().Be(HttpStatusCode.OK);

        var history = (await editor.GetJsonAsync<StrikeDetail>($"/api/v1/strikes/{created.Id}")).History;
        history.Select(h => h.Action).Should().Equal(ChangeAction.Updated, ChangeAction.Created);
        var update = history[0];
        update.ChangedBy.Should().Be("editor@example.org");
        update.Reason.Should().Be("Police raised the count");
        update.Changes.Should().Contain(new FieldChange("injured", "3", "4"));
        update.Changes.Should().Contain(c => c.Field == "timeOfDay" && c.From == "06:00" && c.To == null);
        (await _app.CreateClient().GetAsync($"/api/v1/strikes/{created.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Delete_leaves_a_tombstone_listed_for_mirrors_and_restore_brings_it_back()
    {
        var reviewer = await _app.ClientWithRolesAsync("reviewer", Roles.Reviewer);
        var strike = await _app.GetKnownKharkivAsync();
        var before = DateTime.UtcNow.AddSeconds(-1).ToString("O");

        (await reviewer.DeleteAsync($"/api/v1/strikes/{strike.Id}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var anonymous = _app.CreateClient();
        (await anonymous.GetAsync($"/api/v1/strikes/{strike.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var removed = await anonymous.GetJsonAsync<List<RemovedStrike>>("/api/v1/strikes/deleted?since=" + Uri.EscapeDataString(before));
        removed.Should().ContainSingle().Which.Should().Match<RemovedStrike>(r => r.Id == strike.Id && r.Reason == "deleted");
        (await anonymous.GetJsonAsync<List<RemovedStrike>>("/api/v1/strikes/deleted?since=2999-01-01T00:00:00Z")).Should().BeEmpty();

        (await reviewer.PostAsync($"/api/v1/strikes/{strike.Id}/restore", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await anonymous.GetJsonAsync<StrikeDetail>($"/api/v1/strikes/{strike.Id}")).Id.Should().Be(strike.Id);
        (await anonymous.GetJsonAsync<List<RemovedStrike>>("/api/v1/strikes/deleted")).Should().BeEmpty();
    }

    [Fact]
    public async Task Unpublishing_removes_a_strike_from_public_view_and_lists_it_as_unpublished()
    {
        var reviewer = await _app.ClientWithRolesAsync("reviewer", Roles.Reviewer);
        var strike = await _app.GetKnownKharkivAsync();

        (await reviewer.PostAsync($"/api/v1/strikes/{strike.Id}/unpublish", null)).StatusCode.Should().Be(HttpStatusCode.OK);

        var anonymous = _app.CreateClient();
        (await anonymous.GetAsync($"/api/v1/strikes?oblast=Kharkiv")).Should().Match<HttpResponseMessage>(r => r.IsSuccessStatusCode);
        (await anonymous.GetJsonAsync<MissileTracker.Web.Querying.PagedResponse<StrikeSummary>>("/api/v1/strikes?oblast=Kharkiv")).Total.Should().Be(0);
        (await anonymous.GetJsonAsync<List<RemovedStrike>>("/api/v1/strikes/deleted")).Should().ContainSingle().Which.Reason.Should().Be("unpublished");
    }

    [Fact]
    public async Task Deleted_list_rejects_a_bad_timestamp() =>
        (await _app.CreateClient().GetAsync("/api/v1/strikes/deleted?since=yesterday")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
}
