using System.Net;
using System.Net.Http.Headers;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Data;
using MissileTracker.Web.Geography;

namespace MissileTracker.Tests.Http;

/// <summary>ETag, If-None-Match (304), Cache-Control and Last-Modified on the API's reads.</summary>
public sealed class ConditionalGetTests : IDisposable
{
    private readonly TrackerApp _app = new();
    private readonly HttpClient _client;

    public ConditionalGetTests() => _client = _app.CreateClient();

    public void Dispose() => _app.Dispose();

    private async Task<HttpResponseMessage> GetAsync(string url, EntityTagHeaderValue? ifNoneMatch = null, DateTimeOffset? ifModifiedSince = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(ifNoneMatch);
        }

        request.Headers.IfModifiedSince = ifModifiedSince;
        return await _client.SendAsync(request);
    }

    [Theory]
    [InlineData("/api/v1/strikes?oblast=Kharkiv")]
    [InlineData("/api/v1/strikes?fields=id,date")]
    [InlineData("/api/v1/officials")]
    [InlineData("/api/v1/weapons")]
    [InlineData("/api/v1/stats")]
    [InlineData("/api/v1/strikes.csv")]
    [InlineData("/api/v1/strikes.geojson")]
    [InlineData("/api/v1/strikes.atom")]
    public async Task A_matching_etag_gets_304_with_no_body(string url)
    {
        var first = await GetAsync(url);
        var etag = first.Headers.ETag;

        var second = await GetAsync(url, etag);

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        etag.Should().NotBeNull();
        first.Headers.CacheControl!.Public.Should().BeTrue();
        first.Headers.CacheControl.MaxAge.Should().Be(TimeSpan.FromSeconds(60));
        second.StatusCode.Should().Be(HttpStatusCode.NotModified);
        (await second.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
        second.Headers.ETag.Should().Be(etag);
    }

    [Fact]
    public async Task A_stale_etag_gets_the_new_representation()
    {
        var before = await GetAsync("/api/v1/strikes");
        await _app.AddAsync(Evidence.Strike(new DateOnly(2024, 9, 1), Oblast.Sumy));

        var after = await GetAsync("/api/v1/strikes", before.Headers.ETag);

        after.StatusCode.Should().Be(HttpStatusCode.OK);
        after.Headers.ETag.Should().NotBe(before.Headers.ETag);
    }

    [Fact]
    public async Task An_export_etag_changes_when_a_matching_strike_changes()
    {
        var before = await GetAsync("/api/v1/strikes.csv?oblast=Kharkiv");
        await _app.WithDbAsync(async (TrackerDbContext db) =>
        {
            var strike = db.Strikes.Single(s => s.Oblast == Oblast.Kharkiv);
            strike.Killed = 0;
            await db.SaveChangesAsync();
        });

        var after = await GetAsync("/api/v1/strikes.csv?oblast=Kharkiv", before.Headers.ETag);

        after.StatusCode.Should().Be(HttpStatusCode.OK);
        (await after.Content.ReadAsStringAsync()).Should().Contain(",0,");
    }

    [Fact]
    public async Task Different_filters_and_formats_have_different_etags()
    {
        var kharkiv = await GetAsync("/api/v1/strikes.csv?oblast=Kharkiv");
        var all = await GetAsync("/api/v1/strikes.csv");
        var geo = await GetAsync("/api/v1/strikes.geojson?oblast=Kharkiv");

        new[] { kharkiv.Headers.ETag, all.Headers.ETag, geo.Headers.ETag }.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task A_strike_carries_last_modified_and_honours_if_modified_since()
    {
        var id = await _app.StrikeIdOnAsync(new DateOnly(2024, 1, 6));
        var first = await GetAsync($"/api/v1/strikes/{id}");
        var lastModified = first.Content.Headers.LastModified;

        var unchanged = await GetAsync($"/api/v1/strikes/{id}", ifModifiedSince: lastModified);
        var older = await GetAsync($"/api/v1/strikes/{id}", ifModifiedSince: lastModified!.Value.AddDays(-1));

        lastModified.Should().NotBeNull();
        unchanged.StatusCode.Should().Be(HttpStatusCode.NotModified);
        older.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("/api/v1/strikes")]
    [InlineData("/api/v1/strikes.csv")]
    public async Task Requests_with_credentials_are_not_stored_by_shared_caches(string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "editor-token");

        var response = await _client.SendAsync(request);

        response.Headers.CacheControl!.Public.Should().BeFalse();
        response.Headers.CacheControl.Private.Should().BeTrue();
        response.Headers.CacheControl.NoCache.Should().BeTrue();
        response.Headers.ETag.Should().NotBeNull("the client may still revalidate its own copy");
    }

    [Fact]
    public async Task Errors_carry_no_etag()
    {
        var response = await GetAsync("/api/v1/strikes?oblast=Atlantis");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Headers.ETag.Should().BeNull();
    }
}
