using System.Diagnostics;
using System.Net;

/// <summary>
/// The load generator for the harness (docs/performance.md): N connections each send GETs back to back for a fixed
/// time, cycling through a list of URLs, so a run can mix many distinct requests (hey sends one URL only).
/// Prints one line: requests/s, p50 ms, p99 ms, non-2xx count, mean response bytes as received (compressed if the
/// server compressed).
/// Usage: dotnet MissileTracker.Benchmarks.dll load --urls &lt;file, one URL a line&gt; [--connections 8] [--seconds 10] [--header "Name: value"]
/// </summary>
internal static class LoadDriver
{
    public static async Task<int> RunAsync(string[] args)
    {
        string? file = null;
        var connections = 8;
        var seconds = 10.0;
        var headers = new List<(string, string)>();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--urls": file = args[i + 1]; break;
                case "--connections": connections = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--seconds": seconds = double.Parse(args[i + 1].TrimEnd('s'), System.Globalization.CultureInfo.InvariantCulture); break;
                case "--header":
                    var parts = args[i + 1].Split(':', 2);
                    headers.Add((parts[0].Trim(), parts[1].Trim()));
                    break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        var urls = File.ReadAllLines(file ?? throw new ArgumentException("--urls is required")).Where(l => l.Length > 0).Select(l => new Uri(l)).ToArray();
        // No automatic decompression: the bytes counted are the bytes on the wire, as a client that asked for them sees.
        using var client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            AllowAutoRedirect = false,
        }) { Timeout = TimeSpan.FromSeconds(60) };
        foreach (var (name, value) in headers)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation(name, value);
        }

        // One warm-up pass over the distinct URLs (JIT, connections), not counted.
        foreach (var url in urls.Take(Math.Min(urls.Length, 64)))
        {
            using var warm = await client.GetAsync(url);
            await warm.Content.ReadAsByteArrayAsync();
        }

        var stop = Stopwatch.StartNew();
        var until = TimeSpan.FromSeconds(seconds);
        var workers = Enumerable.Range(0, connections).Select(c => Task.Run(async () =>
        {
            var latencies = new List<double>(100_000);
            long bad = 0, bytes = 0;
            var buffer = new byte[81_920];
            for (var n = c * 7; stop.Elapsed < until; n++)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(urls[n % urls.Length], HttpCompletionOption.ResponseHeadersRead);
                await using var body = await response.Content.ReadAsStreamAsync();
                int read;
                while ((read = await body.ReadAsync(buffer)) > 0)
                {
                    bytes += read;
                }

                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if ((int)response.StatusCode is < 200 or > 299)
                {
                    bad++;
                }
            }

            return (latencies, bad, bytes);
        })).ToArray();
        var results = await Task.WhenAll(workers);
        var elapsed = stop.Elapsed.TotalSeconds;
        var all = results.SelectMany(r => r.latencies).Order().ToArray();
        var count = all.Length;
        double Percentile(double p) => count == 0 ? 0 : all[Math.Min(count - 1, (int)Math.Ceiling(p * count) - 1)];
        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{count / elapsed:F0} {Percentile(0.50):F1} {Percentile(0.99):F1} {results.Sum(r => r.bad)} {(count == 0 ? 0 : results.Sum(r => r.bytes) / count)}"));
        return 0;
    }
}
