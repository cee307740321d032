using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;

namespace MissileTracker.Tests.Http;

/// <summary>An Accept header the endpoint cannot serve gets 406 ProblemDetails, not a representation the client refused.</summary>
public sealed class NotAcceptableTests : IDisposable
{
    private readonly TrackerApp _app = new();

    public void Dispose() => _app.Dispose();

    private Task<HttpResponseMessage> GetAsync(string path, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return _app.CreateClient().SendAsync(request);
    }

    [Theory]
    [InlineData("/api/v1/strikes", "application/xml", "application/json")]
    [InlineData("/api/v1/strikes/1", "text/html", "application/json")]
    [InlineData("/api/v1/strikes.csv", "application/json", "text/csv")]
    [InlineData("/api/v1/strikes.geojson", "text/csv", "application/geo+json")]
    [InlineData("/api/v1/strikes.atom", "application/json", "application/atom+xml")]
    [InlineData("/api/v1/weapons", "text/csv, application/json;q=0", "application/json")]
    [InlineData("/api/v1/stats", "image/*", "application/json")]
    public async Task An_accept_header_naming_nothing_the_endpoint_serves_gets_406(string path, string accept, string available)
    {
        var response = await GetAsync(path, accept);

        response.StatusCode.Should().Be(HttpStatusCode.NotAcceptable);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await response.ReadJsonAsync<ProblemDetails>();
        problem.Type.Should().Be("urn:missiletracker:problem:not-acceptable");
        problem.Extensions["available"]!.ToString().Should().Contain(available);
    }

    [Theory]
    [InlineData("/api/v1/strikes", "*/*", "application/json")]
    [InlineData("/api/v1/strikes", "application/*", "application/json")]
    [InlineData("/api/v1/strikes", "text/html, application/json;q=0.1", "application/json")]
    [InlineData("/api/v1/strikes", "text/csv", "text/csv")]
    [InlineData("/api/v1/strikes.geojson", "application/json", "application/geo+json")]
    [InlineData("/api/v1/strikes.atom", "application/xml, application/atom+xml", "application/atom+xml")]
    public async Task An_accept_header_taking_what_the_endpoint_serves_gets_it(string path, string accept, string served)
    {
        var response = await GetAsync(path, accept);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(served);
    }

    [Fact]
    public async Task A_write_whose_answer_the_client_cannot_take_is_refused_before_it_is_made()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/officials")
        {
            Content = JsonContent.Create(new { name = "Ihor Terekhov", role = "Mayor of Kharkiv", organisation = "Kharkiv City Council", country = "Ukraine" }),
        };
        request.Headers.TryAddWithoutValidation("Accept", "text/html");

        var response = await editor.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.NotAcceptable);
        (await _app.WithDbAsync(db => Task.FromResult(db.Officials.Any(o => o.Name == "Ihor Terekhov")))).Should().BeFalse();
    }
}
