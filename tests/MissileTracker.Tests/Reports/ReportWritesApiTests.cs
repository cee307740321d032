using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Reports;

namespace MissileTracker.Tests.Reports;

/// <summary>Report writes through the API: one report per link, and only http(s) links.</summary>
public sealed class ReportWritesApiTests : IDisposable
{
    private readonly TrackerApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_report_url_already_stored_gets_409_with_the_existing_id()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);
        var body = new { url = "https://www.voanews.com/a/interview", outlet = "Voice of America", title = "Interview", language = "en" };

        var first = await editor.PostAsJsonAsync("/api/v1/reports", body);
        var again = await editor.PostAsJsonAsync("/api/v1/reports", body with { });

        first.StatusCode.Should().Be(HttpStatusCode.Created);
        var created = await first.ReadJsonAsync<ReportDetail>();
        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var problem = await again.ReadJsonAsync<ProblemDetails>();
        problem.Extensions["existingId"]!.ToString().Should().Be(created.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,hi")]
    [InlineData("file:///etc/passwd")]
    [InlineData("www.example.com/no-scheme")]
    public async Task Only_http_links_are_accepted(string url)
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);

        var response = await editor.PostAsJsonAsync("/api/v1/reports", new { url, outlet = "X", title = "Y", language = "en" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync<ValidationProblemDetails>()).Errors.Should().ContainKey("url");
    }
}
