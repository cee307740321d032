using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Sources;

namespace MissileTracker.Web.Commands;

/// <summary>
/// <c>check-links [--older-than 7d]</c>: visits report URLs (a few at once, one at a time per host, with the capture's
/// address rules) and records each answer; the editor desk's broken-links page lists the dead ones.
/// </summary>
public static class CheckLinksCommand
{
    public const string Name = "check-links";

    private const string Usage = $"Usage: {Name} [--older-than <age>]";

    public static TrackerCommand Command { get; } = new(Name, "Visits report URLs and records which links are dead.",
        $"""
        {Usage}
          --older-than <age>   only URLs not checked within this age, e.g. 7d, 12h or 30m (default: every URL)
        Settings: Fetching:LinkCheckConcurrency (4), Fetching:PerHostDelayMilliseconds (1000), Fetching:TimeoutSeconds (20).
        Prints one line per broken link; exit code 0 even when some are broken (a dead link is news, not a failure).
        """,
        context => RunAsync(context.Services, context.Args, context.Output));

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        TimeSpan? olderThan = null;
        if (CommandLine.Option(args, "--older-than") is { } text)
        {
            if (ParseAge(text) is not { } age)
            {
                await output.WriteLineAsync($"--older-than takes an age such as 7d, 12h or 30m, not '{text}'.");
                await output.WriteLineAsync(Usage);
                return 2;
            }

            olderThan = age;
        }
        else if (args.Length > 1)
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var summary = await scope.ServiceProvider.GetRequiredService<LinkChecker>().CheckAsync(olderThan, CancellationToken.None);
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var broken = await db.LinkChecks.IgnoreQueryFilters().AsNoTracking().Where(c => c.Broken && c.Report.DeletedAt == null)
            .OrderBy(c => c.ReportId).Select(c => new { c.ReportId, c.Report.Url, c.StatusCode, c.Error }).ToListAsync();
        foreach (var link in broken)
        {
            await output.WriteLineAsync($"broken: report {link.ReportId} {link.Url} {(link.StatusCode?.ToString(CultureInfo.InvariantCulture) ?? "")} {link.Error}".TrimEnd());
        }

        await output.WriteLineAsync($"Checked {summary.Checked} links: {summary.Broken} broken now, {broken.Count} broken in all.");
        return 0;
    }

    /// <summary>An age such as 7d, 12h or 30m; null when the text is none.</summary>
    public static TimeSpan? ParseAge(string text)
    {
        if (text.Length < 2 || !int.TryParse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 0)
        {
            return null;
        }

        return text[^1] switch
        {
            'd' => TimeSpan.FromDays(n),
            'h' => TimeSpan.FromHours(n),
            'm' => TimeSpan.FromMinutes(n),
            _ => null,
        };
    }
}
