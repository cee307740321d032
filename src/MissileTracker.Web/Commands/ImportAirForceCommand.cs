using MissileTracker.Web.AirForce;
using MissileTracker.Web.Editing;

namespace MissileTracker.Web.Commands;

/// <summary>
/// <c>import-airforce --file F [--dataset-version V] [--dry-run] [--all-weapons]</c>: imports the Air Force dataset's CSV
/// as published, through the same importer as the staff upload.
/// </summary>
public static class ImportAirForceCommand
{
    public const string Name = "import-airforce";

    private const string Usage = $"Usage: {Name} --file <dataset.csv> [--dataset-version <version>] [--dry-run] [--all-weapons]";

    public static TrackerCommand Command { get; } = new(Name, "Imports the Air Force daily reports dataset (CSV as published).",
        $"""
        {Usage}
          --file <path>                the dataset's CSV, as published (one row per post and weapon label)
          --dataset-version <version>  the dataset's version (a release tag or download date), recorded with the import
          --dry-run                    read, check and count; write nothing
          --all-weapons                take every row, not only labels that can mean a North Korean missile
        Rows are matched by their content (post, window, label, launch place, target): changed rows are updated in place,
        rows the file no longer holds are flagged as vanished, never deleted. Nothing is written when any cell cannot be read;
        each such cell is printed with its row. Exit code: 0, 1 when the file has unreadable cells, 2 for a usage error.
        """,
        context => RunAsync(context.Services, context.Args, context.Output));

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var path = CommandLine.Option(args, "--file");
        var known = new HashSet<string> { Name, "--file", "--dataset-version", "--dry-run", "--all-weapons" };
        var version = CommandLine.Option(args, "--dataset-version");
        var unknown = args.Where((a, i) => !known.Contains(a) && args[i - 1] is not ("--file" or "--dataset-version")).ToList();
        if (path is null || unknown.Count > 0)
        {
            await output.WriteLineAsync(unknown.Count > 0 ? $"Unknown argument(s): {string.Join(" ", unknown)}" : "--file is required.");
            await output.WriteLineAsync(Usage);
            return 2;
        }

        if (!File.Exists(path))
        {
            await output.WriteLineAsync($"No such file: {path}");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<AirForceImporter>();
        await using var file = File.OpenRead(path);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = await importer.ImportAsync(file, Path.GetFileName(path), version, args.Contains("--dry-run"), args.Contains("--all-weapons"),
            new EditingUser("import-airforce", IsReviewer: false, "Air Force import"), CancellationToken.None);
        switch (result)
        {
            case EditResult<AirForceImportResult>.Done { Value: var done }:
                await output.WriteLineAsync(
                    $"{(done.DryRun ? "Dry run, nothing written. " : "")}{done.FileName} (SHA-256 {done.Sha256}{(done.DatasetVersion is null ? "" : $", dataset version {done.DatasetVersion}")}): "
                    + $"{done.RowsRead} rows read, {done.RowsSkipped} skipped (label cannot mean a North Korean missile), {done.RowsAdded} added, "
                    + $"{done.RowsUpdated} updated, {done.RowsUnchanged} unchanged, {done.RowsVanished} flagged as vanished upstream "
                    + $"({clock.Elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} s).");
                return 0;
            case EditResult<AirForceImportResult>.Invalid invalid:
                foreach (var (key, messages) in invalid.Errors)
                {
                    foreach (var message in messages)
                    {
                        await output.WriteLineAsync($"{key}: {message}");
                    }
                }

                await output.WriteLineAsync($"Nothing imported: {invalid.Errors.Count} cell(s) or field(s) to fix.");
                return 1;
            default:
                await output.WriteLineAsync("Nothing imported.");
                return 1;
        }
    }
}
