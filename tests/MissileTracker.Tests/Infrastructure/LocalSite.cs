using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MissileTracker.Web.Sources;

namespace MissileTracker.Tests.Infrastructure;

/// <summary>
/// A news site for the fetcher to visit: an in-process Kestrel server on 127.0.0.1 (never another address), answering
/// pages, files, redirects (some into addresses the fetcher must refuse), 404 and a page too slow to wait for. A
/// <see cref="TrackerApp"/> may connect to it only through <see cref="Settings"/>, which allow its port and no other.
/// </summary>
public sealed class LocalSite : IAsyncDisposable
{
    public const string ArticleHtml = "<!doctype html><html><head><title>Strike report</title></head><body><p>Two missiles hit Kharkiv.</p><script>alert(1)</script></body></html>";

    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    private readonly WebApplication _app;

    private readonly LocalSiteCounter _counter;

    private LocalSite(WebApplication app, Uri baseUrl, LocalSiteCounter counter)
    {
        _app = app;
        BaseUrl = baseUrl;
        _counter = counter;
    }

    /// <summary>Requests the site has answered so far.</summary>
    public int Requests => Volatile.Read(ref _counter.Requests);

    /// <summary>http://127.0.0.1:port/</summary>
    public Uri BaseUrl { get; }

    public int Port => BaseUrl.Port;

    public Uri Url(string path) => new(BaseUrl, path);

    /// <summary>Configuration for a <see cref="TrackerApp"/> that fetches from this site: its port allowed, a short timeout, no politeness pause.</summary>
    public Dictionary<string, string?> Settings(string snapshotDirectory) => new()
    {
        ["Snapshots:Directory"] = snapshotDirectory,
        ["Fetching:AllowLoopbackPorts:0"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Fetching:TimeoutSeconds"] = "2",
        ["Fetching:PerHostDelayMilliseconds"] = "0",
    };

    public static async Task<LocalSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        // The fetcher also visits it by name (news.test, resolved to 127.0.0.1 by the tests).
        builder.Configuration["AllowedHosts"] = "*";
        var app = builder.Build();
        var site = new LocalSiteCounter();
        app.Use((context, next) =>
        {
            Interlocked.Increment(ref site.Requests);
            return next(context);
        });
        app.MapGet("/article.html", () => Results.Content(ArticleHtml, "text/html"));
        app.MapGet("/report.pdf", () => Results.Bytes(Pdf, "application/pdf"));
        app.MapGet("/binary", () => Results.Bytes([0x4D, 0x5A, 0x90, 0x00, 0x03], "text/html"));
        app.MapGet("/big.txt", () => Results.Text(new string('a', 300_000), "text/plain"));
        app.MapGet("/moved", () => Results.Redirect("/article.html", permanent: true));
        app.MapGet("/gone", () => Results.NotFound());
        app.MapGet("/slow", async (CancellationToken ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), ct);
            return Results.Ok();
        });
        app.MapGet("/loop", () => Results.Redirect("/loop"));
        // Redirects into places the fetcher must refuse; it never connects to them (they are checked first).
        app.MapGet("/to-loopback", () => Results.Redirect("http://127.0.0.1:1/admin"));
        app.MapGet("/to-private", () => Results.Redirect("http://10.0.0.1/"));
        app.MapGet("/to-metadata", () => Results.Redirect("http://169.254.169.254/latest/meta-data/"));
        app.MapGet("/to-ipv6-loopback", () => Results.Redirect("http://[::1]:1/"));
        app.MapGet("/to-file", () => Results.Redirect("file:///etc/passwd"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        var url = new Uri(address.EndsWith('/') ? address : address + "/");
        IPAddress.IsLoopback(IPAddress.Parse(url.Host)).Should().BeTrue("the test site must listen on loopback only");
        return new LocalSite(app, url, site);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

internal sealed class LocalSiteCounter
{
    public int Requests;
}

/// <summary>A resolver for tests: names map to the addresses given, and any other name fails, so no test ever asks DNS.</summary>
public sealed class FakeResolver(Dictionary<string, IPAddress[]> names) : IHostResolver
{
    public List<string> Asked { get; } = [];

    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct)
    {
        Asked.Add(host);
        return names.TryGetValue(host, out var addresses)
            ? Task.FromResult(addresses)
            : throw new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.HostNotFound);
    }
}
