using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Tests.Builders;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.History;
using MissileTracker.Web.Officials;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Reports;
using MissileTracker.Web.Statements;

namespace MissileTracker.Tests.Statements;

/// <summary>Statement writes through the API: drafts until published, aggregate claims, versioned figure edits, error keys.</summary>
public sealed class StatementWritesApiTests : IDisposable
{
    private readonly TrackerApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_statement_with_figures_is_a_draft_until_published_and_then_sits_beside_the_other_sources()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);
        var reviewer = await _app.ClientWithRolesAsync("reviewer", Roles.Reviewer);
        var strike = await _app.GetKnownKharkivAsync();
        var official = await (await editor.PostAsJsonAsync("/api/v1/officials",
            new { name = "Ihor Terekhov", role = "Mayor of Kharkiv", organisation = "Kharkiv City Council", country = "Ukraine" })).ReadJsonAsync<OfficialDetail>();

        var created = await editor.PostAsJsonAsync("/api/v1/statements", new
        {
            officialId = official.Id,
            statedOn = "2024-01-06",
            quote = "Missiles hit the city; two people were injured.",
            quoteKind = "Direct",
            reportIds = new[] { strike.Reports[0].Id },
            strikes = new[] { new { strikeId = strike.Id, missileCount = 2, injured = 2 } },
        });

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var statement = await created.ReadJsonAsync<StatementDto>();
        statement.Status.Should().Be(PublicationStatus.Draft);
        (await _app.CreateClient().GetJsonAsync<Web.Strikes.StrikeDetail>($"/api/v1/strikes/{strike.Id}")).Statements.Should().HaveCount(1);

        (await reviewer.PostAsync($"/api/v1/statements/{statement.Id}/publish", null)).StatusCode.Should().Be(HttpStatusCode.OK);

        var detail = await _app.CreateClient().GetJsonAsync<Web.Strikes.StrikeDetail>($"/api/v1/strikes/{strike.Id}");
        detail.Statements.Select(s => (s.Official!.Name, s.Figures.MissileCount?.Value))
            .Should().BeEquivalentTo(new[] { ("John Kirby", (int?)1), ("Ihor Terekhov", (int?)2) });
        detail.UpdatedAt.Should().BeAfter(strike.UpdatedAt, "new evidence about a strike must reach mirrors syncing by updatedSince");
    }

    [Fact]
    public async Task An_aggregate_claim_needs_no_strike_but_gives_its_figures()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);
        var report = (await _app.CreateClient().GetJsonAsync<Web.Querying.PagedResponse<ReportSummary>>("/api/v1/reports?outlet=UNN")).Items[0];

        var missingFigures = await editor.PostAsJsonAsync("/api/v1/statements", new
        {
            organisation = "U.S. Department of State", quote = "At least 10 cases.", reportIds = new[] { report.Id }, isAggregate = true,
        });
        var neither = await editor.PostAsJsonAsync("/api/v1/statements", new { organisation = "Someone", quote = "Something said.", reportIds = new[] { report.Id } });
        var fine = await editor.PostAsJsonAsync("/api/v1/statements", new
        {
            organisation = "U.S. Department of State", quote = "At least 10 cases.", reportIds = new[] { report.Id }, isAggregate = true,
            figures = new[] { new { kind = "Cases", value = 10, qualifier = "AtLeast", unit = "cases of use" } }, periodStart = "2023-12-01", periodEnd = "2024-03-01",
        });

        (await missingFigures.ReadJsonAsync<ValidationProblemDetails>()).Errors.Should().ContainKey("figures");
        (await neither.ReadJsonAsync<ValidationProblemDetails>()).Errors.Should().ContainKey("strikes");
        fine.StatusCode.Should().Be(HttpStatusCode.Created);
        (await fine.ReadJsonAsync<StatementDto>()).Aggregate!.Text.Should().Be("at least 10 cases of use");
    }

    [Fact]
    public async Task Changing_only_a_sources_figures_is_versioned_and_recorded()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);
        var strike = await _app.GetKnownKharkivAsync();
        object Body(int? version, int injured) => new
        {
            organisation = "Kharkiv City Council", quote = "Two people were injured.", reportIds = new[] { strike.Reports[0].Id },
            strikes = new[] { new { strikeId = strike.Id, injured, injuredQualifier = "AtLeast" } }, version,
        };
        var created = await (await editor.PostAsJsonAsync("/api/v1/statements", Body(null, 2))).ReadJsonAsync<StatementDto>();

        var first = await editor.PutAsJsonAsync($"/api/v1/statements/{created.Id}", Body(created.Version, 4));
        var stale = await editor.PutAsJsonAsync($"/api/v1/statements/{created.Id}", Body(created.Version, 5));

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        (await first.ReadJsonAsync<StatementDto>()).Version.Should().Be(created.Version + 1);
        stale.StatusCode.Should().Be(HttpStatusCode.Conflict, "a figures-only edit from a stale read must not overwrite");
        var update = await _app.WithDbAsync(db => db.ChangeLog.Where(e => e.EntityType == "Statement" && e.EntityId == created.Id && e.Action == ChangeAction.Updated).SingleAsync());
        update.Changes.Should().Contain(new FieldChange($"strikes[{strike.Id}].injured", "2", "4"));
    }

    [Fact]
    public async Task Nested_errors_are_keyed_in_camel_case_like_the_json()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);

        var response = await editor.PostAsJsonAsync("/api/v1/statements", new
        {
            organisation = "Someone", quote = "Something said.", reportIds = new[] { 1 },
            strikes = new[] { new { strikeId = KnownEvidence.KharkivStrikeId, missileCount = 1, missilesIntercepted = 2 } },
        });

        (await response.ReadJsonAsync<ValidationProblemDetails>()).Errors.Should().ContainKey("strikes[0].missilesIntercepted");
    }
}
