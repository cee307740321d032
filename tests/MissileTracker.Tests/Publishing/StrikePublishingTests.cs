using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Tests.Builders;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.History;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Tests.Publishing;

/// <summary>A strike's review cycle through the API: drafts, publishing, unpublishing, deletion and restore, and what the public and mirrors see of each.</summary>
public sealed class StrikePublishingTests : IDisposable
{
    private readonly TrackerApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task An_editor_creates_a_draft_that_the_public_cannot_see()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);

        var response = await editor.PostAsJsonAsync("/api/v1/strikes", StrikeBodies.KharkivFeb7());

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
        var created = await (await editor.PostAsJsonAsync("/api/v1/strikes", StrikeBodies.KharkivFeb7())).ReadJsonAsync<StrikeDetail>();

        (await editor.PostAsync($"/api/v1/strikes/{created.Id}/publish", null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var published = await reviewer.PostAsync($"/api/v1/strikes/{created.Id}/publish", null);

        published.StatusCode.Should().Be(HttpStatusCode.OK);
        (await published.ReadJsonAsync<PublicationState>()).Status.Should().Be(PublicationStatus.Published);
        var visible = await _app.CreateClient().GetJsonAsync<StrikeDetail>($"/api/v1/strikes/{created.Id}");
        visible.History.Select(h => h.Action).Should().Contain(ChangeAction.Published);
        visible.History.Should().OnlyContain(h => h.ChangedBy == "staff", "the public does not see staff accounts");
    }

    [Fact]
    public async Task An_editor_cannot_change_a_published_strike()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);
        var strike = await _app.GetKnownKharkivAsync();

        var response = await editor.PutAsJsonAsync($"/api/v1/strikes/{strike.Id}", StrikeBodies.KharkivFeb7(strike.Version));

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
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
