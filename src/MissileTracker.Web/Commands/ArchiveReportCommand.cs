using System.Globalization;
using MissileTracker.Web.Editing;
using MissileTracker.Web.History;
using MissileTracker.Web.Sources;

namespace MissileTracker.Web.Commands;

/// <summary>
/// <c>archive-report --id N</c>: fetches report N's URL with the tracker's guarded fetcher and keeps the answer as a
/// snapshot (as the report page's "Capture now" button does), printing its SHA-256.
/// </summary>
public static class ArchiveReportCommand
{
    public const string Name = "archive-report";

    private const string Usage = $"Usage: {Name} --id <report id>";

    public static TrackerCommand Command { get; } = new(Name, "Fetches a report's URL and keeps the page as a snapshot with its SHA-256.",
        $"""
        {Usage}
          --id <report id>   the report whose URL to capture (required; drafts too, not deleted reports)
        Only public http(s) addresses are fetched (see docs/security.md); the snapshot is recorded as captured by "system".
        """,
        context => RunAsync(context.Services, context.Args, context.Output));

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        if (!int.TryParse(CommandLine.Option(args, "--id"), NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id < 1)
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var editor = scope.ServiceProvider.GetRequiredService<SnapshotEditor>();
        switch (await editor.CaptureAsync(id, new EditingUser(ChangeAuthor.System.UserName, IsReviewer: false), CancellationToken.None))
        {
            case EditResult<ReportSnapshot>.Done done:
                await output.WriteLineAsync($"Report {id}: captured {done.Value.SourceUrl} ({done.Value.MediaType}, {done.Value.SizeBytes:N0} bytes), SHA-256 {done.Value.Sha256}");
                return 0;
            case EditResult<ReportSnapshot>.NotFound:
                await output.WriteLineAsync($"There is no report with id {id}.");
                return 1;
            case EditResult<ReportSnapshot>.Duplicate duplicate:
                await output.WriteLineAsync($"Report {id}: {duplicate.Detail} Nothing new was stored.");
                return 0;
            case EditResult<ReportSnapshot>.Invalid invalid:
                await output.WriteLineAsync($"Report {id}: not captured. {string.Join(" ", invalid.Errors.SelectMany(e => e.Value))}");
                return 1;
            default:
                return 1;
        }
    }
}
