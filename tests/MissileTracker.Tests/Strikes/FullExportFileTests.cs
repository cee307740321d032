using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using MissileTracker.Tests.Builders;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Releases;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Tests.Strikes;

/// <summary>
/// The unfiltered exports served from a file rendered once per data version (<see cref="FullExports"/>): the same bytes
/// as the live stream, with byte ranges, a gzip copy and the same validators; never stale after a change; copied by a
/// release at the same data version.
/// </summary>
public sealed class FullExportFileTests : IDisposable
{
    private readonly string _releases = Path.Combine(Path.GetTempPath(), "mt-releases-" + Guid.NewGuid().ToString("N"));
    private readonly TrackerApp _app;
    private readonly HttpClient _client;

    public FullExportFileTests()
    {
        _app = new TrackerApp(settings: new Dictionary<string, string?> { [FullExports.Setting] = "true", ["Releases:Directory"] = _releases });
        _client = _app.CreateClient();
    }

    public void Dispose()
    {
        _app.Dispose();
        if (Directory.Exists(_releases))
        {
            Directory.Delete(_releases, recursive: true);
        }
    }

    /// <summary>The first request has the file rendered in the background; waits until answers come from it (they take ranges).</summary>
    private async Task WaitForFileAsync(string url)
    {
        for (var i = 0; i < 200; i++)
        {
            using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
            if (head.Headers.AcceptRanges.Contains("bytes"))
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"{url} was not rendered to a file in 10 s");
    }

    private async Task<HttpResponseMessage> GetAsync(string url, Action<HttpRequestMessage>? configure = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        configure?.Invoke(request);
        return await _client.SendAsync(request);
    }

    [Theory]
    [InlineData("/api/v1/strikes.csv")]
    [InlineData("/api/v1/strikes.geojson")]
    public async Task The_full_export_comes_from_a_file_with_the_live_bytes_ranges_gzip_and_validators(string url)
    {
        var live = await GetAsync(url);
        var liveBytes = await live.Content.ReadAsByteArrayAsync();
        live.Headers.AcceptRanges.Should().BeEmpty("the first request at a data version is streamed");

        await WaitForFileAsync(url);
        var file = await GetAsync(url);

        file.StatusCode.Should().Be(HttpStatusCode.OK);
        (await file.Content.ReadAsByteArrayAsync()).Should().Equal(liveBytes);
        file.Content.Headers.ContentType.Should().Be(live.Content.Headers.ContentType);
        file.Content.Headers.ContentDisposition.Should().Be(live.Content.Headers.ContentDisposition, "the file name carries the data version");
        file.Headers.GetValues("X-Data-Version").Should().Equal(live.Headers.GetValues("X-Data-Version"));
        file.Headers.Contains("X-Strikes-Without-Coordinates").Should().Be(live.Headers.Contains("X-Strikes-Without-Coordinates"));
        file.Headers.CacheControl!.Public.Should().BeTrue();
        file.Headers.ETag!.IsWeak.Should().BeFalse("If-Range needs a strong validator");
        file.Headers.ETag.Tag.Should().Be(live.Headers.ETag!.Tag, "it is the same representation");

        var notModified = await GetAsync(url, r => r.Headers.IfNoneMatch.Add(live.Headers.ETag));
        notModified.StatusCode.Should().Be(HttpStatusCode.NotModified, "the live stream's weak tag still matches");

        var range = await GetAsync(url, r =>
        {
            r.Headers.Range = new RangeHeaderValue(10, 29);
            r.Headers.IfRange = new RangeConditionHeaderValue(file.Headers.ETag);
        });
        range.StatusCode.Should().Be(HttpStatusCode.PartialContent);
        range.Content.Headers.ContentRange!.Length.Should().Be(liveBytes.Length);
        (await range.Content.ReadAsByteArrayAsync()).Should().Equal(liveBytes[10..30]);

        var staleRange = await GetAsync(url, r =>
        {
            r.Headers.Range = new RangeHeaderValue(10, 29);
            r.Headers.IfRange = new RangeConditionHeaderValue(new EntityTagHeaderValue("\"stale\""));
        });
        staleRange.StatusCode.Should().Be(HttpStatusCode.OK, "a range of another version would splice two files");

        var gzip = await GetAsync(url, r => r.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip")));
        gzip.Content.Headers.ContentEncoding.Should().Equal("gzip");
        gzip.Headers.ETag!.Should().NotBe(file.Headers.ETag, "the compressed bytes are another representation");
        gzip.Headers.Vary.Should().Contain("Accept-Encoding");
        await using var unzipped = new GZipStream(await gzip.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        await unzipped.CopyToAsync(plain);
        plain.ToArray().Should().Equal(liveBytes);
    }

    [Fact]
    public async Task After_a_change_the_export_is_streamed_with_it_until_the_new_file_is_rendered()
    {
        await _client.GetByteArrayAsync("/api/v1/strikes.csv");
        await WaitForFileAsync("/api/v1/strikes.csv");
        await _app.WithDbAsync(async db =>
        {
            var strike = db.Strikes.Single(s => s.Id == KnownEvidence.KharkivStrikeId);
            strike.Summary = "Changed after the file was rendered.";
            await db.SaveChangesAsync();
        });

        var after = await GetAsync("/api/v1/strikes.csv");
        after.Headers.AcceptRanges.Should().BeEmpty("the file is of the old version");
        (await after.Content.ReadAsStringAsync()).Should().Contain("Changed after the file was rendered.");

        await WaitForFileAsync("/api/v1/strikes.csv");
        (await _client.GetStringAsync("/api/v1/strikes.csv")).Should().Contain("Changed after the file was rendered.");
    }

    [Theory]
    [InlineData("/api/v1/strikes.csv?oblast=Kharkiv")]
    [InlineData("/api/v1/strikes.csv?escapeFormulas=false")]
    [InlineData("/api/v1/strikes.geojson?from=2024-01-01")]
    public async Task A_filtered_or_unescaped_export_is_always_streamed(string url)
    {
        await _client.GetByteArrayAsync(url);
        await Task.Delay(300);

        var again = await GetAsync(url);

        again.StatusCode.Should().Be(HttpStatusCode.OK);
        again.Headers.AcceptRanges.Should().BeEmpty();
    }

    [Fact]
    public async Task A_release_at_the_same_data_version_copies_the_rendered_files()
    {
        var url = "/api/v1/strikes.csv?sort=date"; // a release lists strikes oldest first
        await _client.GetByteArrayAsync(url);
        await WaitForFileAsync(url);
        var stamp = long.Parse((await GetAsync(url)).Headers.GetValues("X-Data-Version").Single(), System.Globalization.CultureInfo.InvariantCulture);
        var rendered = _app.Services.GetRequiredService<FullExports>().At(FullExports.Format.Csv, StrikeSort.DateAscending, stamp)!;
        // Marked, so the release shows whether it copied the file or wrote its own.
        await File.AppendAllTextAsync(rendered.Path, "copied\r\n");

        await using var scope = _app.Services.CreateAsyncScope();
        var release = await scope.ServiceProvider.GetRequiredService<ReleaseWriter>().CreateAsync("2026.12", null, null, "test", CancellationToken.None);

        (await File.ReadAllTextAsync(release!.PathOf("strikes.csv")!)).Should().EndWith("copied\r\n");
        (await File.ReadAllTextAsync(release.PathOf("strikes.geojson")!)).Should().NotContain("copied", "no GeoJSON file was rendered, so it was written");
    }
}
