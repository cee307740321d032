using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MissileTracker.Web.Data;
using MissileTracker.Web.Publishing;

namespace MissileTracker.Web.Sources;

/// <summary>
/// Visits report URLs and records what answered (<c>check-links</c>): a few at once across hosts
/// (<see cref="FetchSettings.LinkCheckConcurrency"/>), one at a time per host with a pause between them
/// (<see cref="FetchSettings.PerHostDelayMilliseconds"/>), through the same <see cref="SourceFetcher"/> and its address rules.
/// </summary>
public sealed class LinkChecker(TrackerDbContext db, SourceFetcher fetcher, IOptions<FetchSettings> settings, TimeProvider clock)
{
    /// <summary>The outcome of one run.</summary>
    /// <param name="Checked">URLs visited.</param>
    /// <param name="Broken">Of those, dead ones (no answer, or 4xx/5xx).</param>
    public sealed record Summary(int Checked, int Broken);

    /// <summary>Checks every report URL (drafts included, deleted ones not) last checked before <paramref name="olderThan"/> ago, or never.</summary>
    public async Task<Summary> CheckAsync(TimeSpan? olderThan, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        DateTime? before = olderThan is { } age ? now - age : null;
        var checkedAt = db.LinkChecks.IgnoreQueryFilters();
        var due = await db.Reports.StaffView().AsNoTracking()
            .Where(r => r.Url != null)
            .Where(r => before == null || !checkedAt.Any(c => c.ReportId == r.Id && c.CheckedAt >= before))
            .OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.Url })
            .ToListAsync(ct);

        var results = new ConcurrentBag<LinkCheck>();
        var hosts = new ConcurrentDictionary<string, SemaphoreSlim>(StringComparer.OrdinalIgnoreCase);
        var delay = TimeSpan.FromMilliseconds(settings.Value.PerHostDelayMilliseconds);
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = settings.Value.LinkCheckConcurrency, CancellationToken = ct },
            async (report, token) =>
            {
                var gate = hosts.GetOrAdd(report.Url!.IdnHost, _ => new SemaphoreSlim(1, 1));
                await gate.WaitAsync(token);
                try
                {
                    results.Add(await CheckOneAsync(report.Id, report.Url, token));
                    await Task.Delay(delay, token);
                }
                finally
                {
                    gate.Release();
                }
            });

        var ids = results.Select(r => r.ReportId).ToList();
        var stored = await db.LinkChecks.IgnoreQueryFilters().Where(c => ids.Contains(c.ReportId)).ToDictionaryAsync(c => c.ReportId, ct);
        foreach (var result in results)
        {
            if (stored.TryGetValue(result.ReportId, out var row))
            {
                db.Entry(row).CurrentValues.SetValues(result);
            }
            else
            {
                db.LinkChecks.Add(result);
            }
        }

        await db.SaveChangesAsync(ct);
        return new Summary(results.Count, results.Count(r => r.Broken));
    }

    private async Task<LinkCheck> CheckOneAsync(int reportId, Uri url, CancellationToken ct)
    {
        var fetched = await fetcher.FetchAsync(url, maxBytes: 0, readBody: false, ct);
        return new LinkCheck
        {
            ReportId = reportId,
            CheckedAt = clock.GetUtcNow().UtcDateTime,
            StatusCode = fetched.StatusCode,
            FinalUrl = fetched.FinalUrl,
            Error = fetched.Error is { Length: > 500 } text ? text[..500] : fetched.Error,
            Broken = fetched.Error is not null || fetched.StatusCode is null or >= 400,
        };
    }
}
