using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.History;
using MissileTracker.Web.Officials;

namespace MissileTracker.Tests.Officials;

/// <summary>Official writes through the API: versioned, with every change in the change log.</summary>
public sealed class OfficialWritesApiTests : IDisposable
{
    private readonly TrackerApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Officials_are_versioned_and_their_changes_logged()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);
        var official = await (await editor.PostAsJsonAsync("/api/v1/officials",
            new { name = "Oleh Syniehubov", role = "Governor", organisation = "Kharkiv Oblast Military Administration", country = "Ukraine" })).ReadJsonAsync<OfficialDetail>();
        var update = new { name = "Oleh Syniehubov", role = "Head of the Kharkiv Oblast Military Administration", organisation = "Kharkiv OMA", country = "Ukraine", version = official.Version };

        var first = await editor.PutAsJsonAsync($"/api/v1/officials/{official.Id}", update);
        var stale = await editor.PutAsJsonAsync($"/api/v1/officials/{official.Id}", update);

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        stale.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var log = await _app.WithDbAsync(db => db.ChangeLog.Where(e => e.EntityType == "Official" && e.EntityId == official.Id).OrderBy(e => e.Id).ToListAsync());
        log.Select(e => e.Action).Should().Equal(ChangeAction.Created, ChangeAction.Updated);
        log[1].Changes.Should().Contain(new FieldChange("role", "Governor", "Head of the Kharkiv Oblast Military Administration"));
    }
}
