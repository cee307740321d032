using System.Collections.Concurrent;
using System.Data.Common;
using System.IO.Compression;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MissileTracker.Web.Api;
using MissileTracker.Web.Data;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Querying;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace MissileTracker.Web.Strikes;

/// <summary>
/// The unfiltered CSV and GeoJSON exports rendered to a file once per data version and order, so a full download is
/// a file send (with ranges and a gzip copy) instead of a read of every strike: 1M strikes stream at about 22,000
/// rows/s from SQLite, and a file goes as fast as the socket. The first request at a new data version is streamed
/// live and starts the rendering in the background (one at a time, with the same writers, from one snapshot);
/// later requests at that version get the file. A file is only served for the version it was rendered at, so a
/// download never shows older data than a live one would. Files live in a directory of this process's own
/// (<c>Exports:Directory</c>, default the temporary directory), deleted at shutdown. <c>Caching:Results=false</c>
/// or <c>Exports:RenderFullFiles=false</c> turns it off.
/// </summary>
public sealed partial class FullExports : IAsyncDisposable
{
    public const string Setting = "Exports:RenderFullFiles";

    public enum Format
    {
        Csv,
        GeoJson,
    }

    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<FullExports> _log;
    private readonly string _directory;
    private readonly ConcurrentDictionary<(Format, StrikeSort), ExportFile> _ready = new();
    private readonly ConcurrentDictionary<(Format, StrikeSort), long> _building = new();
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<Task, bool> _running = new();
    private static readonly string Everything = JsonSerializer.Serialize(StrikeFilter.None);

    public FullExports(IServiceScopeFactory scopes, IConfiguration configuration, IHostApplicationLifetime lifetime, ILogger<FullExports> log)
    {
        _scopes = scopes;
        _log = log;
        // Stop rendering when the host starts stopping, not only when the services are disposed after it: a 1M
        // rendering kept a stopped benchmark app alive.
        lifetime.ApplicationStopping.Register(_stopping.Cancel);
        Enabled = ResultCaching.IsEnabled(configuration) && configuration.GetValue(Setting, true);
        // A directory of this instance's own: two apps on one machine (the tests start many) never share a file.
        _directory = Path.Combine(configuration["Exports:Directory"] is { Length: > 0 } configured ? configured : Path.Combine(Path.GetTempPath(), "missiletracker-exports"),
            $"{Environment.ProcessId}-{Guid.NewGuid():N}");
    }

    public bool Enabled { get; }

    /// <summary>
    /// The file for this export at data version <paramref name="stamp"/>, or null. For the full export (no filter,
    /// formula-like cells escaped) with no file at this version yet, starts rendering one in the background.
    /// </summary>
    public ExportFile? Ready(Format format, StrikeFilter filter, bool escapeFormulas, long stamp)
    {
        if (!Enabled || !escapeFormulas || JsonSerializer.Serialize(filter with { Sort = StrikeFilter.None.Sort }) != Everything)
        {
            return null;
        }

        var key = (format, filter.Sort);
        if (_ready.TryGetValue(key, out var file) && file.DataStamp == stamp)
        {
            return file;
        }

        if (_building.TryAdd(key, stamp))
        {
            var task = Task.Run(() => RenderAsync(format, filter.Sort, _stopping.Token));
            _running[task] = true;
            _ = task.ContinueWith(t => _running.TryRemove(t, out _), TaskScheduler.Default);
        }

        return null;
    }

    /// <summary>The file of <paramref name="format"/> in <paramref name="sort"/> order at data version <paramref name="stamp"/>, if one is rendered (releases copy it).</summary>
    public ExportFile? At(Format format, StrikeSort sort, long stamp) =>
        Enabled && _ready.TryGetValue((format, sort), out var file) && file.DataStamp == stamp ? file : null;

    private async Task RenderAsync(Format format, StrikeSort sort, CancellationToken ct)
    {
        var key = (format, sort);
        try
        {
            await _oneAtATime.WaitAsync(ct);
            try
            {
                await RenderOneAsync(format, sort, ct);
            }
            finally
            {
                _oneAtATime.Release();
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception e) when (e is DbException or IOException or InvalidOperationException)
        {
            // Requests keep being streamed live; the next one tries again.
            LogFailed(_log, format, e);
        }
        finally
        {
            _building.TryRemove(key, out _);
        }

        // The rendering's batches leave a large heap behind (the GC keeps its budget after a burst); hand it back,
        // since the process otherwise idles at the rendering's peak.
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        NativeHeap.Trim();
    }

    private async Task RenderOneAsync(Format format, StrikeSort sort, CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await using var scope = _scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<TrackerDbContext>();
        var strikes = services.GetRequiredService<StrikeQueries>();

        // One snapshot: the version read first is the data every row comes from.
        await using var snapshot = await db.Database.BeginReadSnapshotAsync(ct);
        var stamp = await strikes.DataStampAsync(ct);
        if (_ready.TryGetValue((format, sort), out var current) && current.DataStamp == stamp)
        {
            return;
        }

        var filter = StrikeFilter.None with { Sort = sort };
        var version = await strikes.VersionAsync(filter, ct);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        Func<Stream, CancellationToken, Task> write;
        if (format == Format.Csv)
        {
            write = StrikeExports.CsvBody(strikes, filter, escapeFormulas: true);
        }
        else
        {
            var withoutCoordinates = await StrikeExports.WithoutCoordinatesAsync(strikes, filter, ct);
            headers[StrikeGeoJson.CountHeader] = withoutCoordinates.ToString(System.Globalization.CultureInfo.InvariantCulture);
            write = StrikeExports.GeoJsonBody(strikes, filter, withoutCoordinates, services.GetRequiredService<OblastCentres>(),
                services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions);
        }

        Directory.CreateDirectory(_directory);
        var path = Path.Combine(_directory, $"strikes-{StrikeSorting.NameOf(sort)}-v{stamp}-{Guid.NewGuid():N}.{(format == Format.Csv ? "csv" : "geojson")}");
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
        {
            await write(file, ct);
        }

        await using (var source = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true))
        await using (var target = new FileStream(path + ".gz", FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
        await using (var gzip = new GZipStream(target, CompressionLevel.Optimal))
        {
            await source.CopyToAsync(gzip, ct);
        }

        // The connection read every strike: its page cache is full (SQLite's default, 2 MB) and it would wait in the pool
        // with it. Clearing the database's pool closes it for real when the scope returns it (and the idle ones now; each
        // opens again on its next use, once per rendering), so its memory goes back with the C heap's trim after the rendering.
        if (db.Database.GetDbConnection() is SqliteConnection sqlite)
        {
            SqliteConnection.ClearPool(sqlite);
        }

        var ready = new ExportFile(path, path + ".gz", stamp, version, headers);
        _ready.AddOrUpdate((format, sort), ready, (_, previous) =>
        {
            // A response may still be sending the previous file; on Unix it keeps reading it after the delete.
            Delete(previous);
            return ready;
        });
        var bytes = new FileInfo(path).Length;
        var seconds = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds;
        LogRendered(_log, format, sort, version.Count, stamp, bytes, seconds);
    }

    private static void Delete(ExportFile file)
    {
        foreach (var path in new[] { file.Path, file.GzipPath })
        {
            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
                // Still open elsewhere (Windows): the directory goes at shutdown.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        try
        {
            await Task.WhenAll(_running.Keys);
        }
        catch (Exception e) when (e is OperationCanceledException or DbException or IOException or InvalidOperationException)
        {
            // Logged where it happened, or shutting down.
        }

        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }

        _stopping.Dispose();
        _oneAtATime.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Full {Format} export ({Sort}) rendered: {Strikes} strikes, data version {Stamp}, {Bytes} bytes in {Seconds:F1} s.")]
    private static partial void LogRendered(ILogger log, Format format, StrikeSort sort, int strikes, long stamp, long bytes, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rendering the full {Format} export failed; it is streamed live meanwhile.")]
    private static partial void LogFailed(ILogger log, Format format, Exception exception);
}
