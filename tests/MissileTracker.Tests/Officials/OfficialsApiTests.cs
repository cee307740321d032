using System.Net;
using Microsoft.AspNetCore.Mvc;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Officials;
using MissileTracker.Web.Querying;

namespace MissileTracker.Tests.Officials;

public sealed class OfficialsApiTests : IDisposable
{
    private readonly TrackerApp _app = new();
    private readonly HttpClient _client;

    public OfficialsApiTests() => _client = _app.CreateClient();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Lists_officials_by_name_with_statement_counts()
    {
        var page = await _client.GetJsonAsync<PagedResponse<OfficialSummary>>("/api/v1/officials");

        page.Items.Select(o => (o.Name, o.StatementCount)).Should().Equal(("Antony Blinken", 1), ("John Kirby", 2), ("Jung H. Pak", 2));
        page.Items.Single(o => o.Name == "Jung H. Pak").OtherNames.Should().Be("Jeong Park");
    }

    [Fact]
    public async Task Get_returns_everything_the_official_said()
    {
        var list = await _client.GetJsonAsync<PagedResponse<OfficialSummary>>("/api/v1/officials");
        var kirby = list.Items.Single(o => o.Name == "John Kirby");

        var detail = await _client.GetJsonAsync<OfficialDetail>($"/api/v1/officials/{kirby.Id}");

        detail.Role.Should().Contain("strategic communications");
        detail.Statements.Should().HaveCount(2);
        detail.Statements[0].StatedOn.Should().Be(new DateOnly(2024, 1, 9), "dated statements come first, newest first");
        detail.Statements[1].StatedOn.Should().BeNull();
        detail.Statements.SelectMany(s => s.Strikes).Select(x => x.Strike.Date)
            .Should().BeEquivalentTo(new[] { new DateOnly(2024, 1, 6), new DateOnly(2024, 1, 2), new DateOnly(2023, 12, 30) });
    }

    [Fact]
    public async Task Paging_is_bounded()
    {
        var response = await _client.GetAsync("/api/v1/officials?pageSize=1000");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync<ValidationProblemDetails>()).Errors.Should().ContainKey("pageSize");
    }

    [Fact]
    public async Task Unknown_id_gets_404()
    {
        var response = await _client.GetAsync("/api/v1/officials/424242");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }
}
