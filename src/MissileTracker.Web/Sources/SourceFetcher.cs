using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace MissileTracker.Web.Sources;

/// <summary>
/// Fetches other sites' pages for captures and link checks without becoming a way into the tracker's own network
/// (SSRF): only http and https; every redirect followed by hand and checked like the first URL, at most
/// <see cref="FetchSettings.MaxRedirects"/>; one timeout for the whole fetch; a size cap on the body; no proxy, no cookies.
/// The address check runs in the connection callback on the resolved addresses, so the address checked is the address
/// connected to (a name that resolves differently a second time cannot slip through), and a refused address is never
/// connected to. One instance per app: it owns the connection pool.
/// </summary>
public sealed class SourceFetcher : IDisposable
{
    private static readonly int[] RedirectStatuses = [301, 302, 303, 307, 308];

    private readonly FetchSettings _settings;
    private readonly IHostResolver _resolver;
    private readonly HttpClient _client;

    public SourceFetcher(IOptions<FetchSettings> settings, IHostResolver resolver)
    {
        _settings = settings.Value;
        _resolver = resolver;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = TimeSpan.FromSeconds(_settings.TimeoutSeconds),
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectCallback = ConnectAsync,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(_settings.UserAgent);
    }

    /// <summary>GETs <paramref name="url"/>, following redirects; reads the body (up to <paramref name="maxBytes"/>) only when asked.</summary>
    public async Task<FetchResult> FetchAsync(Uri url, long maxBytes, bool readBody, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(_settings.TimeoutSeconds));
        var current = url;
        try
        {
            for (var hop = 0; ; hop++)
            {
                if (CheckUrl(current) is { } refused)
                {
                    return new FetchResult(current, null, null, refused);
                }

                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                var status = (int)response.StatusCode;
                if (RedirectStatuses.Contains(status) && response.Headers.Location is { } location)
                {
                    if (hop >= _settings.MaxRedirects)
                    {
                        return new FetchResult(current, status, null, $"More than {_settings.MaxRedirects} redirects.");
                    }

                    current = location.IsAbsoluteUri ? location : new Uri(current, location);
                    continue;
                }

                if (!readBody || status is < 200 or >= 300)
                {
                    return new FetchResult(current, status, null, null);
                }

                if (response.Content.Headers.ContentLength > maxBytes)
                {
                    return new FetchResult(current, status, null, $"The page is larger than {maxBytes:N0} bytes.");
                }

                var body = await BoundedRead.ReadAtMostAsync(await response.Content.ReadAsStreamAsync(timeout.Token), maxBytes, timeout.Token);
                return body is null
                    ? new FetchResult(current, status, null, $"The page is larger than {maxBytes:N0} bytes.")
                    : new FetchResult(current, status, body, null);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new FetchResult(current, null, null, $"No answer within {_settings.TimeoutSeconds} s.");
        }
        catch (HttpRequestException e) when (e.InnerException is AddressRefusedException refused)
        {
            return new FetchResult(current, null, null, refused.Message);
        }
        catch (HttpRequestException e)
        {
            return new FetchResult(current, null, null, $"The request failed: {e.Message}");
        }
    }

    /// <summary>Why the fetcher will not request <paramref name="url"/> at all (scheme, literal address), or null.</summary>
    public string? CheckUrl(Uri url)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return $"Only http and https links are fetched, not {(url.IsAbsoluteUri ? url.Scheme : "a relative link")}.";
        }

        if (url.UserInfo.Length > 0)
        {
            return "Links with a user name or password are not fetched.";
        }

        return IPAddress.TryParse(url.IdnHost.Trim('[', ']'), out var literal) ? CheckAddress(literal, url.Port) : null;
    }

    /// <summary>Why the fetcher will not connect to <paramref name="address"/>:<paramref name="port"/>, or null.</summary>
    public string? CheckAddress(IPAddress address, int port)
    {
        if (AddressRules.IsLoopback(address) && _settings.AllowLoopbackPorts.Contains(port))
        {
            return null;
        }

        return AddressRules.Refusal(address) is { } reason ? $"Refused: {address} is {reason}." : null;
    }

    // Resolves, refuses the host if any of its addresses is refused, and connects only to an address it checked.
    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host.Trim('[', ']');
        var port = context.DnsEndPoint.Port;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await _resolver.ResolveAsync(host, ct);
        if (addresses.Length == 0)
        {
            throw new AddressRefusedException($"{host} has no address.");
        }

        foreach (var address in addresses)
        {
            if (CheckAddress(address, port) is { } refused)
            {
                throw new AddressRefusedException(refused.Replace($"Refused: {address}", $"Refused: {host} ({address})", StringComparison.Ordinal));
            }
        }

        Exception? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, port), ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e;
            }
        }

        throw last!;
    }

    public void Dispose() => _client.Dispose();
}

/// <summary>The fetcher refused to connect to an address (thrown in the connection callback, reported as a fetch error).</summary>
public sealed class AddressRefusedException(string message) : Exception(message);
