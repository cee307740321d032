using System.Net;
using MissileTracker.Tests.Infrastructure;

namespace MissileTracker.Tests.Http;

/// <summary>Any origin may read the public API; none may write through it.</summary>
public sealed class CorsTests : IDisposable
{
    private const string Origin = "https://researcher.example";

    private readonly TrackerApp _app = new();
    private readonly HttpClient _client;

    public CorsTests() => _client = _app.CreateClient();

    public void Dispose() => _app.Dispose();

    private Task<HttpResponseMessage> PreflightAsync(string url, string method)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, url);
        request.Headers.Add("Origin", Origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        return _client.SendAsync(request);
    }

    [Fact]
    public async Task A_cross_origin_get_is_allowed_for_any_origin_without_credentials()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/strikes");
        request.Headers.Add("Origin", Origin);

        var response = await _client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal("*");
        response.Headers.Contains("Access-Control-Allow-Credentials").Should().BeFalse();
        response.Headers.GetValues("Access-Control-Expose-Headers").Single().Should().Contain("ETag").And.Contain("Retry-After");
    }

    [Fact]
    public async Task A_preflight_for_get_is_allowed()
    {
        var response = await PreflightAsync("/api/v1/strikes", "GET");

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        response.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal("*");
        response.Headers.GetValues("Access-Control-Allow-Methods").Single().Should().Contain("GET");
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task A_preflight_for_a_write_is_refused(string method)
    {
        var response = await PreflightAsync("/api/v1/strikes", method);

        response.Headers.Contains("Access-Control-Allow-Origin").Should().BeFalse();
        (response.Headers.TryGetValues("Access-Control-Allow-Methods", out var methods) ? string.Join(",", methods) : "")
            .Should().NotContain(method);
    }

    [Fact]
    public async Task Pages_get_no_cors_headers()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Origin", Origin);

        var response = await _client.SendAsync(request);

        response.Headers.Contains("Access-Control-Allow-Origin").Should().BeFalse();
    }
}
