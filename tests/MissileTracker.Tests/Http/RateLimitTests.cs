using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using MissileTracker.Tests.Infrastructure;

namespace MissileTracker.Tests.Http;

public sealed class RateLimitTests : IDisposable
{
    private const int PublicLimit = 3;
    private const int EditorLimit = 6;

    private static readonly Dictionary<string, string?> Limits = new()
    {
        ["RateLimiting:PublicPermitPerMinute"] = PublicLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimiting:EditorPermitPerMinute"] = EditorLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private readonly TrackerApp _app = new(settings: Limits);

    public void Dispose() => _app.Dispose();

    private static async Task<List<HttpResponseMessage>> GetManyAsync(HttpClient client, string url, int count)
    {
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < count; i++)
        {
            responses.Add(await client.GetAsync(url));
        }

        return responses;
    }

    [Fact]
    public async Task Past_the_limit_the_api_answers_429_with_retry_after_and_problem_details()
    {
        var responses = await GetManyAsync(_app.CreateClient(), "/api/v1/weapons", PublicLimit + 1);

        responses.Take(PublicLimit).Should().OnlyContain(r => r.StatusCode == HttpStatusCode.OK);
        var limited = responses[^1];
        limited.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        limited.Headers.RetryAfter!.Delta.Should().BeGreaterThan(TimeSpan.Zero).And.BeLessThanOrEqualTo(TimeSpan.FromMinutes(1));
        limited.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await limited.ReadJsonAsync<ProblemDetails>();
        problem.Type.Should().Be("urn:missiletracker:problem:rate-limited");
        problem.Status.Should().Be(429);
    }

    [Fact]
    public async Task Every_api_endpoint_shares_the_client_limit()
    {
        var client = _app.CreateClient();

        await GetManyAsync(client, "/api/v1/strikes", PublicLimit);

        (await client.GetAsync("/api/v1/strikes.csv")).StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Pages_static_files_and_the_openapi_document_are_not_limited()
    {
        var client = _app.CreateClient();

        var responses = await GetManyAsync(client, "/", PublicLimit + 2);
        responses.AddRange(await GetManyAsync(client, "/swagger/v1/swagger.json", PublicLimit + 2));
        responses.AddRange(await GetManyAsync(client, "/css/site.css", PublicLimit + 2));

        responses.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.OK);
    }

    [Fact]
    public async Task Authenticated_editors_get_their_own_higher_limit()
    {
        using var signedIn = new TrackerApp(
            configureServices: services => services.AddSingleton<IStartupFilter>(new SignedInAs("editor@example.org")),
            settings: Limits);
        var editor = signedIn.CreateClient();

        var responses = await GetManyAsync(editor, "/api/v1/weapons", EditorLimit + 1);

        responses.Take(EditorLimit).Should().OnlyContain(r => r.StatusCode == HttpStatusCode.OK);
        responses[^1].StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
    }

    /// <summary>Stands in for authentication: every request arrives signed in as <paramref name="name"/>.</summary>
    private sealed class SignedInAs(string name) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], authenticationType: "Test"));
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
