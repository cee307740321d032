using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Sources;

namespace MissileTracker.Tests.Sources;

/// <summary>
/// The fetcher against the in-process site on 127.0.0.1, and its refusals: every private, loopback, link-local and
/// otherwise internal address, whether in the URL, behind a name or behind a redirect, is refused before any connection.
/// No test sends a packet anywhere but the local site: refused addresses are never connected to, and names resolve
/// through <see cref="FakeResolver"/>, never DNS.
/// </summary>
public sealed class SourceFetcherTests : IAsyncLifetime
{
    private LocalSite _site = null!;
    private readonly FakeResolver _resolver = new(new()
    {
        ["news.test"] = [IPAddress.Loopback],
        ["intranet.test"] = [IPAddress.Parse("10.0.0.5")],
        ["metadata.test"] = [IPAddress.Parse("169.254.169.254")],
        ["six.test"] = [IPAddress.IPv6Loopback],
        ["mapped.test"] = [IPAddress.Parse("::ffff:192.168.1.1")],
    });

    public async Task InitializeAsync() => _site = await LocalSite.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    private SourceFetcher Fetcher(bool allowSite = true)
    {
        var settings = new FetchSettings { TimeoutSeconds = 2, MaxRedirects = 3 };
        if (allowSite)
        {
            settings.AllowLoopbackPorts.Add(_site.Port);
        }

        return new SourceFetcher(Options.Create(settings), _resolver);
    }

    [Fact]
    public async Task Fetches_a_page_from_the_local_site()
    {
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(_site.Url("/article.html"), 100_000, readBody: true, CancellationToken.None);

        result.Succeeded.Should().BeTrue(result.Error);
        Encoding.UTF8.GetString(result.Body!).Should().Be(LocalSite.ArticleHtml);
    }

    [Fact]
    public async Task Follows_a_redirect_and_reports_where_it_ended()
    {
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(_site.Url("/moved"), 100_000, readBody: true, CancellationToken.None);

        result.StatusCode.Should().Be(200);
        result.FinalUrl.Should().Be(_site.Url("/article.html"));
    }

    [Fact]
    public async Task A_name_connects_to_the_address_it_was_checked_for()
    {
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(new Uri($"http://news.test:{_site.Port}/article.html"), 100_000, readBody: true, CancellationToken.None);

        result.Succeeded.Should().BeTrue($"{result.StatusCode} {result.Error}");
        _resolver.Asked.Should().Contain("news.test");
    }

    [Fact]
    public async Task Loopback_is_refused_without_connecting_unless_its_port_is_allowed()
    {
        using var fetcher = Fetcher(allowSite: false);

        var literal = await fetcher.FetchAsync(_site.Url("/article.html"), 100_000, readBody: true, CancellationToken.None);
        var named = await fetcher.FetchAsync(new Uri($"http://news.test:{_site.Port}/article.html"), 100_000, readBody: true, CancellationToken.None);

        literal.Error.Should().StartWith("Refused: 127.0.0.1 is a loopback");
        named.Error.Should().StartWith("Refused: news.test (127.0.0.1) is a loopback");
        _site.Requests.Should().Be(0, "a refused address is never connected to");
    }

    [Theory]
    [InlineData("http://10.0.0.1/", "private")]
    [InlineData("http://172.16.5.4/", "private")]
    [InlineData("http://192.168.0.1/", "private")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "link-local")]
    [InlineData("http://127.0.0.1:1/", "loopback")]
    [InlineData("http://[::1]/", "loopback")]
    [InlineData("http://[::ffff:10.0.0.1]/", "private")]
    [InlineData("http://[::ffff:127.0.0.1]/", "loopback")]
    [InlineData("http://[fe80::1]/", "link-local")]
    [InlineData("http://[fd00::1]/", "unique-local")]
    [InlineData("http://[ff02::1]/", "multicast")]
    [InlineData("http://224.0.0.1/", "multicast")]
    [InlineData("http://0.0.0.0/", "unspecified")]
    [InlineData("http://[::]/", "unspecified")]
    [InlineData("http://100.64.0.1/", "shared")]
    [InlineData("http://[64:ff9b::a00:1]/", "private")]
    public async Task Internal_addresses_in_the_url_are_refused_before_any_request(string url, string kind)
    {
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(new Uri(url), 100_000, readBody: true, CancellationToken.None);

        result.Error.Should().StartWith("Refused:").And.Contain(kind);
        result.StatusCode.Should().BeNull();
    }

    [Theory]
    [InlineData("intranet.test", "private")]
    [InlineData("metadata.test", "link-local")]
    [InlineData("six.test", "loopback")]
    [InlineData("mapped.test", "private")]
    public async Task Names_that_resolve_to_internal_addresses_are_refused_in_the_connection_callback(string host, string kind)
    {
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(new Uri($"http://{host}/"), 100_000, readBody: true, CancellationToken.None);

        result.Error.Should().StartWith($"Refused: {host}").And.Contain(kind);
        _resolver.Asked.Should().Contain(host, "the check runs on the resolved address");
    }

    [Theory]
    [InlineData("/to-loopback", "loopback")]
    [InlineData("/to-private", "private")]
    [InlineData("/to-metadata", "link-local")]
    [InlineData("/to-ipv6-loopback", "loopback")]
    [InlineData("/to-file", "Only http and https")]
    public async Task Redirects_are_checked_hop_by_hop(string path, string refusal)
    {
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(_site.Url(path), 100_000, readBody: true, CancellationToken.None);

        result.Error.Should().Contain(refusal);
        result.Body.Should().BeNull();
        _site.Requests.Should().Be(1, "only the first hop, on the allowed port, reached a server");
    }

    [Theory]
    [InlineData("ftp://127.0.0.1/file")]
    [InlineData("file:///etc/passwd")]
    public async Task Only_http_and_https_are_fetched(string url)
    {
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(new Uri(url), 100_000, readBody: true, CancellationToken.None);

        result.Error.Should().StartWith("Only http and https");
    }

    [Fact]
    public async Task Redirects_are_limited()
    {
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(_site.Url("/loop"), 100_000, readBody: true, CancellationToken.None);

        result.Error.Should().Be("More than 3 redirects.");
        _site.Requests.Should().Be(4);
    }

    [Fact]
    public async Task A_body_over_the_cap_is_refused()
    {
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(_site.Url("/big.txt"), 100_000, readBody: true, CancellationToken.None);

        result.Error.Should().Be("The page is larger than 100,000 bytes.");
        result.Body.Should().BeNull();
    }

    [Fact]
    public async Task A_page_that_does_not_answer_in_time_is_an_error()
    {
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(_site.Url("/slow"), 100_000, readBody: true, CancellationToken.None);

        result.Error.Should().Be("No answer within 2 s.");
    }
}
