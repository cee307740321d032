using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.History;
using MissileTracker.Web.Reports;

namespace MissileTracker.Tests.History;

/// <summary>The public history of reports, statements and claims: the strike history's shape, staff names as "staff", public records only.</summary>
public sealed class PublicHistoryTests : IDisposable
{
    private readonly TrackerApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_published_reports_edit_shows_in_its_public_history_by_staff_on_the_api_and_the_page()
    {
        var report = await _app.WithDbAsync(db => db.Reports.OrderBy(r => r.Id).FirstAsync());
        var reviewer = await _app.ClientWithRolesAsync("reviewer", Roles.Reviewer);
        var body = new { outlet = report.Outlet, title = "Corrected title", language = report.Language, cites = report.Cites, byline = report.Byline, version = report.Version, reason = "Headline changed" };
        var updated = await reviewer.PutAsJsonAsync($"/api/v1/reports/{report.Id}", body);
        updated.StatusCode.Should().Be(HttpStatusCode.OK, await updated.Content.ReadAsStringAsync());

        var history = await _app.CreateClient().GetJsonAsync<List<HistoryEntry>>($"/api/v1/reports/{report.Id}/history");

        history[0].Should().Match<HistoryEntry>(h => h.Action == ChangeAction.Updated && h.ChangedBy == "staff" && h.Reason == "Headline changed");
        history[0].Changes.Should().Contain(new FieldChange("title", report.Title, "Corrected title"));
        var page = (await _app.CreateClient().GetPageAsync($"/reports/{report.Id}")).Document;
        page.QuerySelector("#history-heading").Should().NotBeNull();
        page.QuerySelector(".history")!.TextContent.Should().Contain("Headline changed").And.Contain("by staff").And.NotContain("reviewer@");
        var titleChange = page.QuerySelectorAll(".history li li").First(li => li.QuerySelector("code")!.TextContent == "title");
        (titleChange.QuerySelector(".history-from")!.TextContent, titleChange.QuerySelector(".history-to")!.TextContent).Should().Be((report.Title, "Corrected title"));
        page.QuerySelectorAll(".history li li").Should().NotContain(li => li.TextContent.Contains("— →", StringComparison.Ordinal),
            "a field set on creation reads as its value, not as a change from nothing");
    }

    [Fact]
    public async Task Statements_and_claims_have_a_public_history_and_a_draft_or_the_wrong_kind_has_none()
    {
        var statementId = await _app.WithDbAsync(db => db.Statements.Where(s => !s.IsAggregate).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());
        var claimId = await _app.WithDbAsync(db => db.Statements.Where(s => s.IsAggregate).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());
        var anonymous = _app.CreateClient();

        (await anonymous.GetJsonAsync<List<HistoryEntry>>($"/api/v1/statements/{statementId}/history")).Should().Contain(h => h.Action == ChangeAction.Created);
        (await anonymous.GetJsonAsync<List<HistoryEntry>>($"/api/v1/claims/{claimId}/history")).Should().Contain(h => h.Action == ChangeAction.Created);
        (await anonymous.GetAsync($"/api/v1/claims/{statementId}/history")).StatusCode.Should().Be(HttpStatusCode.NotFound, "a statement about a strike is no claim");
        (await anonymous.GetAsync("/api/v1/statements/99999/history")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        var reviewer = await _app.ClientWithRolesAsync("reviewer", Roles.Reviewer);
        (await reviewer.PostAsync($"/api/v1/statements/{statementId}/unpublish", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await anonymous.GetAsync($"/api/v1/statements/{statementId}/history")).StatusCode.Should().Be(HttpStatusCode.NotFound, "a draft's history is staff-only");
        (await reviewer.GetJsonAsync<List<HistoryEntry>>($"/api/v1/statements/{statementId}/history"))[0].ChangedBy.Should().Be("reviewer@example.org");

        var (response, page) = await anonymous.GetPageAsync($"/statements/{claimId}/history");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.QuerySelector("#history-heading").Should().NotBeNull();
        (await anonymous.GetAsync($"/statements/{statementId}/history")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
