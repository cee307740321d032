using System.Net;
using Microsoft.AspNetCore.Mvc;
using MissileTracker.Tests.Infrastructure;

namespace MissileTracker.Tests.Http;

/// <summary>Every API error is a ProblemDetails with a stable type (docs/api.md, "Errors").</summary>
public sealed class ProblemTypesTests : IDisposable
{
    private readonly TrackerApp _app = new();
    private readonly HttpClient _client;

    public ProblemTypesTests() => _client = _app.CreateClient();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("/api/v1/strikes?from=never", HttpStatusCode.BadRequest, "urn:missiletracker:problem:invalid-query")]
    [InlineData("/api/v1/reports?language=x,english-language", HttpStatusCode.BadRequest, "urn:missiletracker:problem:invalid-query")]
    [InlineData("/api/v1/stats?official=Kirby", HttpStatusCode.BadRequest, "urn:missiletracker:problem:invalid-query")]
    [InlineData("/api/v1/strikes.atom?status=Maybe", HttpStatusCode.BadRequest, "urn:missiletracker:problem:invalid-query")]
    [InlineData("/api/v1/strikes/424242", HttpStatusCode.NotFound, "urn:missiletracker:problem:not-found")]
    [InlineData("/api/v1/claims/424242", HttpStatusCode.NotFound, "urn:missiletracker:problem:not-found")]
    [InlineData("/api/v1/strikes/abc", HttpStatusCode.NotFound, "https://tools.ietf.org/html/rfc9110#section-15.5.5")]
    public async Task Errors_are_problem_details_with_a_stable_type(string url, HttpStatusCode status, string type)
    {
        var response = await _client.GetAsync(url);

        response.StatusCode.Should().Be(status);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await response.ReadJsonAsync<ProblemDetails>()).Type.Should().Be(type);
    }
}
