using System.Net;
using Microsoft.AspNetCore.Mvc;
using MissileTracker.Tests.Builders;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;

namespace MissileTracker.Tests.Http;

public sealed class HttpHardeningTests : IDisposable
{
    private readonly TrackerApp _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("/")]
    [InlineData(KnownEvidence.KharkivStrikePath)]
    [InlineData("/api/v1/strikes")]
    [InlineData("/api/v1/strikes/999999")]
    [InlineData("/no-such-page")]
    [InlineData("/account/login")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        var response = await _app.CreateClient().GetAsync(url);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.Should().Contain("script-src 'self'").And.Contain("frame-ancestors 'none'").And.NotContain("unsafe-inline");
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("Referrer-Policy").Should().Equal("no-referrer");
        response.Headers.GetValues("X-Frame-Options").Should().Equal("DENY");
    }

    [Fact]
    public async Task Pages_use_no_inline_script()
    {
        var editor = await _app.SignedInClientAsync("editor", Roles.Editor);
        foreach (var url in new[] { "/", "/map", "/stats", KnownEvidence.KirbyPath, "/outlets/UNN", KnownEvidence.KharkivStrikePath, "/officials", "/reports", "/claims", "/methodology", "/editor", "/editor/strikes", "/editor/statements?reportId=1", "/account/tokens" })
        {
            var (_, page) = await editor.GetPageAsync(url);
            page.QuerySelectorAll("script").Where(s => !s.HasAttribute("src")).Should().BeEmpty($"{url} must not need 'unsafe-inline'");
            page.QuerySelectorAll("[onclick],[onload],[onsubmit],[style]").Should().BeEmpty($"{url} must not use inline handlers or styles");
        }
    }

    [Fact]
    public async Task Auth_cookies_are_http_only_and_same_site()
    {
        var email = await _app.CreateUserAsync("cookie", Roles.Editor);
        var client = _app.CookieClient();
        var token = await client.AntiforgeryTokenAsync("/account/login");

        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = Staff.Password, ["__RequestVerificationToken"] = token,
        }));

        var auth = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("mt_auth=", StringComparison.Ordinal));
        auth.Should().Contain("httponly").And.Contain("samesite=lax");
    }

    [Fact]
    public async Task The_correlation_id_is_echoed_in_the_header_and_in_problem_details()
    {
        var client = _app.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/strikes?oblast=Atlantis");
        request.Headers.Add("X-Correlation-ID", "report-1234");

        var response = await client.SendAsync(request);
        var generated = await client.GetAsync("/api/v1/strikes/999999");

        response.Headers.GetValues("X-Correlation-ID").Should().Equal("report-1234");
        (await response.ReadJsonAsync<ProblemDetails>()).Extensions["correlationId"]!.ToString().Should().Be("report-1234");
        var id = generated.Headers.GetValues("X-Correlation-ID").Single();
        id.Should().NotBeNullOrWhiteSpace();
        (await generated.ReadJsonAsync<ProblemDetails>()).Extensions["correlationId"]!.ToString().Should().Be(id);
    }

    [Fact]
    public async Task A_hostile_correlation_id_is_replaced()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/weapons");
        request.Headers.TryAddWithoutValidation("X-Correlation-ID", "<script>alert(1)</script>");

        var response = await _app.CreateClient().SendAsync(request);

        response.Headers.GetValues("X-Correlation-ID").Single().Should().NotContain("<");
    }

    [Fact]
    public async Task A_ten_megabyte_body_gets_413_and_nothing_is_stored()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);
        var huge = "{\"summary\":\"" + new string('x', 10 * 1024 * 1024) + "\"}";

        var response = await editor.PostAsync("/api/v1/strikes", new StringContent(huge, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await _app.WithDbAsync(db => Task.FromResult(db.Strikes.Count()))).Should().Be(3);
    }
}
