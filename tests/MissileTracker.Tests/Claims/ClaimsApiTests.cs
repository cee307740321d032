using System.Net;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Statements;

namespace MissileTracker.Tests.Claims;

public sealed class ClaimsApiTests : IDisposable
{
    private readonly TrackerApp _app = new();
    private readonly HttpClient _client;

    public ClaimsApiTests() => _client = _app.CreateClient();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Lists_the_State_Department_aggregate_claim()
    {
        var page = await _client.GetJsonAsync<PagedResponse<StatementDto>>("/api/v1/claims");

        var cases = page.Items.Should().ContainSingle(c => c.Aggregate!.Figures.Any(f => f.Unit!.StartsWith("cases", StringComparison.Ordinal))).Subject;
        cases.Official!.Name.Should().Be("Jung H. Pak");
        var figure = cases.Aggregate!.Figures.Should().ContainSingle().Subject;
        figure.Figure.Value.Should().Be(10);
        figure.Figure.Qualifier.Should().Be(FigureQualifier.AtLeast);
        cases.Aggregate.Text.Should().StartWith("at least 10 cases");
        cases.Strikes.Should().BeEmpty();
        cases.Reports.Should().ContainSingle().Which.Outlet.Should().Be("UNN");
        page.Items.Should().OnlyContain(c => c.Aggregate != null);
    }

    [Fact]
    public async Task Get_returns_a_claim_and_404_for_a_statement_that_is_not_one()
    {
        var page = await _client.GetJsonAsync<PagedResponse<StatementDto>>("/api/v1/claims");
        var claim = await _client.GetJsonAsync<StatementDto>($"/api/v1/claims/{page.Items[0].Id}");
        var strikeStatementId = await _app.WithDbAsync(db => Task.FromResult(db.Statements.First(s => !s.IsAggregate).Id));

        var notAClaim = await _client.GetAsync($"/api/v1/claims/{strikeStatementId}");

        claim.Id.Should().Be(page.Items[0].Id);
        notAClaim.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
