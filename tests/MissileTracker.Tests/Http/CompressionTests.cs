using System.IO.Compression;
using System.Net;
using System.Text.Json;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;

namespace MissileTracker.Tests.Http;

/// <summary>
/// Dynamic responses are compressed when the client asks, except those that may hold a secret
/// (BREACH): pages carrying an antiforgery token and anything served to a signed-in caller.
/// </summary>
public sealed class CompressionTests : IDisposable
{
    private readonly TrackerApp _app = new();

    public void Dispose() => _app.Dispose();

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string encoding = "br")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
        return await client.SendAsync(request);
    }

    [Theory]
    [InlineData("/api/v1/strikes", "br")]
    [InlineData("/api/v1/strikes", "gzip")]
    [InlineData("/api/v1/strikes.csv", "br")]
    [InlineData("/api/v1/strikes.geojson", "gzip")]
    [InlineData("/api/v1/strikes.atom", "br")]
    [InlineData("/api/v1/strikes?oblast=Atlantis", "br")]
    public async Task Api_responses_are_compressed_when_the_client_asks(string path, string encoding)
    {
        var response = await GetAsync(_app.CreateClient(), path, encoding);

        response.Content.Headers.ContentEncoding.Should().Equal(encoding);
        response.Headers.Vary.Should().Contain("Accept-Encoding");
        var compressed = await response.Content.ReadAsByteArrayAsync();
        await using Stream decoder = encoding == "br"
            ? new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress)
            : new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        var body = await new StreamReader(decoder).ReadToEndAsync();
        body.Length.Should().BeGreaterThan(compressed.Length);
        if (path == "/api/v1/strikes")
        {
            JsonDocument.Parse(body).RootElement.GetProperty("items").GetArrayLength().Should().Be(3);
        }
    }

    [Fact]
    public async Task A_public_page_without_a_form_is_compressed()
    {
        var response = await GetAsync(_app.CreateClient(), "/");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.Should().Equal("br");
    }

    [Fact]
    public async Task A_page_with_an_antiforgery_token_is_not_compressed()
    {
        var response = await GetAsync(_app.CreateClient(), "/account/login");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("__RequestVerificationToken");
        response.Content.Headers.ContentEncoding.Should().BeEmpty();
    }

    [Fact]
    public async Task Nothing_served_to_a_signed_in_caller_is_compressed()
    {
        var session = await _app.SignedInClientAsync("editor", Roles.Editor);
        var token = await _app.ClientWithRolesAsync("scripted", Roles.Editor);

        foreach (var (client, path) in new[] { (session, "/editor"), (session, "/"), (token, "/api/v1/strikes") })
        {
            var response = await GetAsync(client, path);
            response.StatusCode.Should().Be(HttpStatusCode.OK, path);
            response.Content.Headers.ContentEncoding.Should().BeEmpty($"{path} may show a signed-in caller's own data");
        }
    }
}
