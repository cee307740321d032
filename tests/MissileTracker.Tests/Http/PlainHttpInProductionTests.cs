using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using MissileTracker.Tests.Builders;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;

namespace MissileTracker.Tests.Http;

/// <summary>
/// In Production (Secure-only cookies) a client's mistakes over plain HTTP get client errors, never
/// a 500 with a stack trace in the log: a page hit with a method it does not take gets 405, and
/// sign-in over plain HTTP shows that HTTPS is required.
/// </summary>
public sealed class PlainHttpInProductionTests : IDisposable
{
    private readonly LogCapture _log = new();
    private readonly TrackerApp _app;

    public PlainHttpInProductionTests() => _app = new TrackerApp(environment: "Production", configureServices: _log.AddTo);

    public void Dispose() => _app.Dispose();

    public static TheoryData<string, string> WrongMethods()
    {
        var data = new TheoryData<string, string>();
        foreach (var method in new[] { "POST", "PUT", "PATCH", "DELETE" })
        {
            foreach (var url in new[] { "/", "/map", KnownEvidence.KharkivStrikePath })
            {
                data.Add(method, url);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(WrongMethods))]
    public async Task A_public_page_answers_405_to_a_method_it_does_not_take(string method, string url)
    {
        var response = await PlainHttp().SendAsync(new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["q"] = "x" }),
        });

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.Should().BeEquivalentTo("GET", "HEAD");
        (await response.Content.ReadAsStringAsync()).Should().Contain("does not take " + method + " requests");
        ServerErrors().Should().BeEmpty();
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task Sign_in_over_plain_http_says_https_is_required(string method)
    {
        var response = await PlainHttp().SendAsync(new HttpRequestMessage(new HttpMethod(method), "/account/login")
        {
            Content = method == "POST" ? new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = "a@example.org" }) : null,
        });

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var page = await response.ParseAsync();
        page.QuerySelector("h1")!.TextContent.Should().Be("HTTPS required");
        page.QuerySelector("form[method=post]").Should().BeNull("no antiforgery cookie can be set over plain HTTP");
        ServerErrors().Should().BeEmpty();
    }

    [Fact]
    public async Task A_staff_page_over_plain_http_leads_to_the_https_notice_not_an_error()
    {
        var response = await PlainHttp().GetAsync("/editor");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().StartWith("http://localhost/account/login");
        ServerErrors().Should().BeEmpty();
    }

    [Fact]
    public async Task Over_https_sign_in_works_with_secure_cookies()
    {
        var email = await _app.CreateUserAsync("editor", Roles.Editor);
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

        var response = await client.PostFormAsync("/account/login", new() { ["Input.Email"] = email, ["Input.Password"] = Staff.Password });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("mt_auth=", StringComparison.Ordinal)).Should().Contain("secure");
        (await client.GetAsync("/editor")).StatusCode.Should().Be(HttpStatusCode.OK);
        ServerErrors().Should().BeEmpty();
    }

    private HttpClient PlainHttp() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private List<string> ServerErrors() =>
        _log.Entries.Where(e => e.Level >= LogLevel.Error || e.Exception is not null).Select(e => $"{e.Category}: {e.Message} {e.Exception}").ToList();
}
