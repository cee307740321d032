using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Caching.Memory;
using MissileTracker.Web.Data;

namespace MissileTracker.Web.Querying;

/// <summary>
/// Results that read every matching strike — list totals, the timeline's counts, the statistics —
/// kept until the data changes. "The data changes" is read from the change log's newest id, which
/// every edit, publication, deletion and import moves (one index lookup per request), so an editor
/// sees their change at once. Entries also expire after <see cref="MaxAge"/>, which bounds what
/// could be missed without the log moving: rows written outside the app (the <c>generate</c>
/// command) or, on PostgreSQL, a transaction committing after a later one has already been read.
/// </summary>
/// <param name="store">The cached results, shared by every request.</param>
/// <param name="db">The request's context.</param>
/// <param name="reads">Pooled prepared SQLite statements for the data version; null on PostgreSQL or when turned off.</param>
public sealed class AggregateCache(AggregateCache.Store store, TrackerDbContext db, PreparedReads? reads = null)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private long? _stamp;

    /// <summary>
    /// The data version: the change log's newest id. Read once per request (this class is scoped), so one request shows
    /// one state of the data, and the cache keys and the <c>X-Data-Version</c> header share one read.
    /// </summary>
    public async Task<long> DataVersionAsync(CancellationToken ct) =>
        // Inside the context's own transaction (a write, an export's snapshot) the version must be that transaction's.
        _stamp ??= (reads is not null && db.Database.CurrentTransaction is null
            ? await reads.ReadAsync(db, async connection => await connection.Command(NewestChangeSql).ExecuteScalarAsync(ct) as long?)
            : await NewestChange(db, ct)) ?? 0;

    private const string NewestChangeSql = "SELECT MAX(\"Id\") FROM \"ChangeLog\"";

    // Every public read asks, so the query is compiled once (EF Core then neither walks nor hashes its expression tree per
    // request). Compiled per model: a process can hold the SQLite and the PostgreSQL context (see CompiledViews).
    private static readonly ConcurrentDictionary<IModel, Func<TrackerDbContext, CancellationToken, Task<long?>>> NewestChangeByModel = new();

    private static Task<long?> NewestChange(TrackerDbContext db, CancellationToken ct) =>
        NewestChangeByModel.GetOrAdd(db.Model, _ => EF.CompileAsyncQuery((TrackerDbContext context, CancellationToken c) => context.ChangeLog.Max(e => (long?)e.Id)))(db, ct);

    /// <summary>The cached value for (<paramref name="kind"/>, <paramref name="key"/>) at the current data, computed if missing.</summary>
    /// <param name="kind">What is cached, e.g. "strike-count"; keeps different results of one key apart.</param>
    /// <param name="key">What the result depends on besides the data (a filter); compared by its JSON form.</param>
    /// <param name="compute">Reads the value from the database.</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<T> GetAsync<T>(string kind, object key, Func<CancellationToken, Task<T>> compute, CancellationToken ct)
    {
        if (!store.Enabled)
        {
            return await compute(ct);
        }

        var cacheKey = new Key(kind, JsonSerializer.Serialize(key, key.GetType()), await DataVersionAsync(ct));

        // The first request to miss computes; requests arriving meanwhile wait for its result instead of
        // starting the same scan (eight concurrent statistics requests at a million strikes never finished).
        Task<T>? pending;
        TaskCompletionSource<T>? mine = null;
        lock (store.Gate)
        {
            if (!store.Cache.TryGetValue(cacheKey, out pending))
            {
                mine = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
                store.Cache.Set(cacheKey, mine.Task, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = MaxAge });
            }
        }

        if (mine is null)
        {
            try
            {
                return await pending!.WaitAsync(ct);
            }
            catch (Exception) when (!ct.IsCancellationRequested && (pending!.IsFaulted || pending.IsCanceled))
            {
                // The request computing it failed or went away: compute for this one.
                return await compute(ct);
            }
        }

        try
        {
            var value = await compute(ct);
            mine.SetResult(value);
            return value;
        }
        catch (Exception e)
        {
            lock (store.Gate)
            {
                store.Cache.Remove(cacheKey);
            }

            if (e is OperationCanceledException)
            {
                mine.SetCanceled(CancellationToken.None);
            }
            else
            {
                mine.SetException(e);
            }

            throw;
        }
    }

    private sealed record Key(string Kind, string Json, long Stamp);

    /// <summary>The process-wide entries, bounded in number so many distinct filters cannot exhaust memory.</summary>
    public sealed class Store(IConfiguration configuration) : IDisposable
    {
        public const int MaxEntries = 10_000;

        /// <summary>
        /// <c>Caching:Results=false</c> computes every aggregate afresh (with the output cache off too): what the
        /// benchmark harness's uncached runs measure. On by default.
        /// </summary>
        public bool Enabled { get; } = ResultCaching.IsEnabled(configuration);

        public MemoryCache Cache { get; } = new(new MemoryCacheOptions { SizeLimit = MaxEntries });

        /// <summary>Makes "look up, or claim the computation" one step.</summary>
        public Lock Gate { get; } = new();

        public void Dispose() => Cache.Dispose();
    }
}
