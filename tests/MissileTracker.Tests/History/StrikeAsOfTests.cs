using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Statements;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Tests.History;

/// <summary>The record as of a date (<c>?asOf=</c>): a strike rebuilt from the change log as the public could read it then.</summary>
public sealed class StrikeAsOfTests : IDisposable
{
    private readonly TrackerApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_published_figure_edited_later_reads_back_as_it_was_before_the_edit()
    {
        var strike = await _app.GetKnownKharkivAsync();
        var before = await EditKilledAsync(strike);

        var anonymous = _app.CreateClient();
        (await anonymous.GetJsonAsync<StrikeDetail>($"/api/v1/strikes/{strike.Id}")).Killed.Should().Be(new Figure(7));
        var then = await anonymous.GetJsonAsync<StrikeDetail>($"/api/v1/strikes/{strike.Id}?asOf={Uri.EscapeDataString(before)}");

        then.Killed.Should().BeNull("no one was reported killed before the edit");
        then.Summary.Should().Be(strike.Summary);
        then.DateNote.Should().Be(strike.DateNote).And.NotBeNull("the edit left the note out, so cleared it");
        then.Statements.Select(s => s.StatementId).Should().Equal(strike.Statements.Select(s => s.StatementId));
        then.Statements[0].Figures.MissileCount.Should().Be(strike.Statements[0].Figures.MissileCount);
        then.Reports.Select(r => r.Id).Should().Equal(strike.Reports.Select(r => r.Id));
        then.History.Should().NotContain(h => h.Reason == "Hospital update");
    }

    [Fact]
    public async Task A_statements_figure_edited_later_reads_back_as_it_was_and_a_statement_linked_later_is_absent()
    {
        var strike = await _app.GetKnownKharkivAsync();
        var before = DateTime.UtcNow.ToString("O");
        await Task.Delay(50);
        await _app.WithDbAsync(async db =>
        {
            var link = await db.StatementStrikes.Include(x => x.Statement).Include(x => x.Strike).SingleAsync(x => x.StrikeId == strike.Id);
            link.Killed = 2;
            var other = await db.Statements.Where(s => s.IsAggregate).OrderBy(s => s.Id).FirstAsync();
            db.StatementStrikes.Add(new StatementStrike { Statement = other, Strike = link.Strike });
            await db.SaveChangesAsync();
        });

        var now = await _app.CreateClient().GetJsonAsync<StrikeDetail>($"/api/v1/strikes/{strike.Id}");
        var then = await _app.CreateClient().GetJsonAsync<StrikeDetail>($"/api/v1/strikes/{strike.Id}?asOf={Uri.EscapeDataString(before)}");

        now.Statements.Should().HaveCount(2);
        now.Statements.Should().Contain(s => s.Figures.Killed == new Figure(2));
        then.Statements.Should().ContainSingle().Which.Figures.Killed.Should().BeNull();
        then.Statements[0].Figures.MissileCount.Should().Be(strike.Statements[0].Figures.MissileCount);
    }

    [Fact]
    public async Task The_strike_page_as_of_a_date_shows_the_old_figure_under_a_banner()
    {
        var strike = await _app.GetKnownKharkivAsync();
        var before = await EditKilledAsync(strike);

        var (response, page) = await _app.CreateClient().GetPageAsync($"/strikes/{strike.Id}?asOf={Uri.EscapeDataString(before)}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.QuerySelector(".as-of-banner")!.TextContent.Should().Contain("As recorded on").And.Contain("See current");
        page.QuerySelector(".as-of-banner a")!.GetAttribute("href").Should().Be($"/strikes/{strike.Id}");
        page.Body!.TextContent.Should().NotContain("Hospital update");
        var (_, current) = await _app.CreateClient().GetPageAsync($"/strikes/{strike.Id}");
        current.QuerySelector(".as-of-banner").Should().BeNull();
        current.Body!.TextContent.Should().Contain("Hospital update");
    }

    [Fact]
    public async Task Before_the_strike_was_published_there_is_nothing_to_show()
    {
        var strike = await _app.GetKnownKharkivAsync();
        var anonymous = _app.CreateClient();

        (await anonymous.GetAsync($"/api/v1/strikes/{strike.Id}?asOf=2000-01-01T00:00:00Z")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"/strikes/{strike.Id}?asOf=2000-01-01T00:00:00Z")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_unreadable_asOf_is_a_400_naming_asOf()
    {
        var strike = await _app.GetKnownKharkivAsync();
        var anonymous = _app.CreateClient();

        var response = await anonymous.GetAsync($"/api/v1/strikes/{strike.Id}?asOf=yesterday");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync<ValidationProblemDetails>()).Errors.Keys.Should().Equal("asOf");
        var (pageResponse, page) = await anonymous.GetPageAsync($"/strikes/{strike.Id}?asOf=yesterday");
        pageResponse.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        page.QuerySelector(".alert-danger")!.TextContent.Should().Contain("asOf");
    }

    /// <summary>A reviewer records seven killed on the published strike; returns a time just before the edit (ISO 8601).</summary>
    private async Task<string> EditKilledAsync(StrikeDetail strike)
    {
        var before = DateTime.UtcNow.ToString("O");
        await Task.Delay(50);
        var reviewer = await _app.ClientWithRolesAsync("reviewer", Roles.Reviewer);
        var body = new Dictionary<string, object?>
        {
            ["date"] = "2024-01-06", ["datePrecision"] = "Day", ["settlement"] = "Kharkiv", ["oblast"] = "Kharkiv",
            ["latitude"] = strike.Location.Latitude, ["longitude"] = strike.Location.Longitude,
            ["locationPrecision"] = "Settlement", ["originStatus"] = "ReportedByOfficials", ["missileType"] = strike.MissileType.Code,
            ["killed"] = 7, ["summary"] = strike.Summary, ["version"] = strike.Version, ["reason"] = "Hospital update",
        };
        var response = await reviewer.PutAsJsonAsync($"/api/v1/strikes/{strike.Id}", body);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return before;
    }
}
