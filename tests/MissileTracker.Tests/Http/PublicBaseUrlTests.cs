using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Officials;

namespace MissileTracker.Tests.Http;

/// <summary>
/// Links in API responses and feeds come from the configured public base URL, so a forged Host header
/// never reaches a response a shared cache keeps; where none is configured, AllowedHosts refuses other hosts.
/// </summary>
public sealed class PublicBaseUrlTests : IDisposable
{
    private const string Forged = "evil.example";

    private readonly TrackerApp _app = new(settings: new Dictionary<string, string?> { ["PublicBaseUrl"] = "https://tracker.example/" });

    public void Dispose() => _app.Dispose();

    private static HttpRequestMessage WithForgedHost(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Host = Forged;
        return request;
    }

    [Theory]
    [InlineData("/api/v1/strikes?pageSize=1")]
    [InlineData("/api/v1/statements?pageSize=1")]
    [InlineData("/api/v1/claims")]
    [InlineData("/api/v1/reports?pageSize=1")]
    [InlineData("/api/v1/officials?pageSize=1")]
    public async Task Paging_links_start_at_the_public_base_url_whatever_the_host_header(string path)
    {
        var response = await _app.CreateClient().SendAsync(WithForgedHost(HttpMethod.Get, path));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await response.Content.ReadAsStringAsync();
        body.Should().NotContain(Forged);
        var links = JsonDocument.Parse(body).RootElement.GetProperty("links").EnumerateObject()
            .Where(l => l.Value.ValueKind == JsonValueKind.String).Select(l => l.Value.GetString()!).ToList();
        links.Should().NotBeEmpty().And.OnlyContain(l => l.StartsWith("https://tracker.example/api/v1/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_atom_feed_ids_and_links_start_at_the_public_base_url()
    {
        var response = await _app.CreateClient().SendAsync(WithForgedHost(HttpMethod.Get, "/api/v1/strikes.atom?oblast=Kharkiv"));

        var feed = await response.Content.ReadAsStringAsync();
        feed.Should().NotContain(Forged)
            .And.Contain("<id>https://tracker.example/api/v1/strikes.atom?oblast=Kharkiv</id>")
            .And.Contain("href=\"https://tracker.example/strikes/");
    }

    [Theory]
    [InlineData("/api/v1/strikes.geojson")]
    [InlineData("/api/v1/strikes.csv")]
    [InlineData("/api/v1/strikes/1")]
    public async Task Exports_and_records_carry_no_trace_of_the_host_header(string path)
    {
        var response = await _app.CreateClient().SendAsync(WithForgedHost(HttpMethod.Get, path));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().NotContain(Forged);
        response.Headers.Select(h => string.Join(",", h.Value)).Should().NotContain(v => v.Contains(Forged));
    }

    [Fact]
    public async Task The_location_of_a_created_record_carries_no_trace_of_the_host_header()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);
        var request = WithForgedHost(HttpMethod.Post, "/api/v1/officials");
        request.Content = JsonContent.Create(new { name = "Ihor Terekhov", role = "Mayor of Kharkiv", organisation = "Kharkiv City Council", country = "Ukraine" });

        var response = await editor.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var official = await response.ReadJsonAsync<OfficialDetail>();
        response.Headers.Location!.OriginalString.Should().Be($"/api/v1/officials/{official.Id}");
    }

    [Fact]
    public async Task Where_allowed_hosts_are_set_a_forged_host_is_refused()
    {
        using var app = new TrackerApp(settings: new Dictionary<string, string?> { ["AllowedHosts"] = "tracker.example" });

        // Host filtering answers before the app's pipeline, with a bare 400 page, so the API's contract does not cover it.
        var forged = await app.CreateClient().SendAsync(WithForgedHost(HttpMethod.Get, "/"));
        var genuine = new HttpRequestMessage(HttpMethod.Get, "/");
        genuine.Headers.Host = "tracker.example";

        forged.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await app.CreateClient().SendAsync(genuine)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public void Production_settings_accept_only_loopback_hosts_until_the_operator_names_the_public_one()
    {
        var production = new ConfigurationBuilder()
            .AddJsonFile(RepositoryFiles.PathOf("src", "MissileTracker.Web", "appsettings.json"))
            .AddJsonFile(RepositoryFiles.PathOf("src", "MissileTracker.Web", "appsettings.Production.json"))
            .Build();

        production["AllowedHosts"]!.Split(';').Should().BeEquivalentTo("localhost", "127.0.0.1", "[::1]");
    }

    [Theory]
    [InlineData("tracker.example")]
    [InlineData("ftp://tracker.example")]
    [InlineData("https://tracker.example/?x=1")]
    [InlineData("https://user:secret@tracker.example")]
    public void A_public_base_url_that_is_not_one_stops_the_app_from_starting(string value)
    {
        using var app = new TrackerApp(knownEvidence: false, settings: new Dictionary<string, string?> { ["PublicBaseUrl"] = value });

        FluentActions.Invoking(app.CreateClient).Should().Throw<Exception>().Where(e => e.ToString().Contains("PublicBaseUrl"));
    }
}
