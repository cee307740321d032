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

namespace MissileTracker.Tests.History;

/// <summary>The change log of a strike: every change with who, what and why.</summary>
public sealed class StrikeHistoryTests : IDisposable
{
    private readonly TrackerApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Every_change_is_in_the_history_with_who_what_and_why()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);
        var created = await (await editor.PostAsJsonAsync("/api/v1/strikes", StrikeBodies.KharkivFeb7())).ReadJsonAsync<StrikeDetail>();
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
}
