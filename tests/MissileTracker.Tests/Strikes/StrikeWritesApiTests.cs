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

namespace MissileTracker.Tests.Strikes;

/// <summary>Strike writes through the API: who may write, validation, and conflicting saves.</summary>
public sealed class StrikeWritesApiTests : IDisposable
{
    private readonly TrackerApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Anonymous_writes_get_401()
    {
        var client = _app.CreateClient();

        (await client.PostAsJsonAsync("/api/v1/strikes", StrikeBodies.KharkivFeb7())).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await client.PutAsJsonAsync("/api/v1/strikes/1", StrikeBodies.KharkivFeb7(1))).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await client.DeleteAsync("/api/v1/strikes/1")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await client.PostAsync("/api/v1/strikes/1/publish", null)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await _app.WithDbAsync(db => db.Strikes.IgnoreQueryFilters().CountAsync())).Should().Be(3);
    }

    [Fact]
    public async Task A_revoked_or_unknown_token_gets_401()
    {
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "mt_not-a-real-token");

        (await client.PostAsJsonAsync("/api/v1/strikes", StrikeBodies.KharkivFeb7())).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_admin_without_an_editing_role_gets_403()
    {
        var admin = await _app.ClientWithRolesAsync("admin", Roles.Admin);

        (await admin.PostAsJsonAsync("/api/v1/strikes", StrikeBodies.KharkivFeb7())).StatusCode.Should().Be(HttpStatusCode.Forbidden);
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
        var created = await (await editor.PostAsJsonAsync("/api/v1/strikes", StrikeBodies.KharkivFeb7())).ReadJsonAsync<StrikeDetail>();

        var first = await editor.PutAsJsonAsync($"/api/v1/strikes/{created.Id}", StrikeBodies.KharkivFeb7(created.Version, "First editor's summary of the attack."));
        var second = await other.PutAsJsonAsync($"/api/v1/strikes/{created.Id}", StrikeBodies.KharkivFeb7(created.Version, "Second editor's summary of the attack."));

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        second.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var problem = await second.ReadJsonAsync<ProblemDetails>();
        problem.Extensions["currentVersion"]!.ToString().Should().Be((created.Version + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var stored = await editor.GetJsonAsync<StrikeDetail>($"/api/v1/strikes/{created.Id}");
        stored.Summary.Should().Be("First editor's summary of the attack.");
    }
}
