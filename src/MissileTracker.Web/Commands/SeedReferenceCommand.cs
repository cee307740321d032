using MissileTracker.Web.Data.Reference;

namespace MissileTracker.Web.Commands;

/// <summary>
/// <c>seed-reference [--dry-run]</c>: applies the shipped reference dataset to the configured database. New records are
/// added; shipped records nobody edited are updated to the shipped values; an editor's later edit is never overwritten
/// (reported as a conflict when the shipped values changed too). With <c>--dry-run</c> it only reports.
/// </summary>
public static class SeedReferenceCommand
{
    public const string Name = "seed-reference";

    public static TrackerCommand Command { get; } = new(Name, "Adds or updates the shipped reference data (the public record); never overwrites an editor's edit.",
        $"""
        Usage: {Name} [--dry-run]
          --dry-run   report what would be added, updated or left alone, and write nothing
        Each record of Data/Reference is matched by its stable key. A record edited after it was shipped is left as the
        editors made it; when the shipped values changed too, it is listed as a conflict for a person to resolve.
        Exit code: 0, or 1 when there are conflicts.
        """,
        context => RunAsync(context.Services, context.Args, context.Output));

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var dryRun = args.Contains("--dry-run");
        await using var scope = services.CreateAsyncScope();
        var loader = ActivatorUtilities.CreateInstance<ReferenceDataLoader>(scope.ServiceProvider);
        var result = await loader.ApplyAsync(ReferenceDataset.Shipped, dryRun);
        await WriteAsync(result, output);
        return result.HasConflicts ? 1 : 0;
    }

    /// <summary>Every record that is (or would be) added, updated, linked, kept or in conflict, then the totals.</summary>
    public static async Task WriteAsync(ReferenceLoadResult result, TextWriter output)
    {
        var would = result.DryRun ? "would be " : "";
        foreach (var change in result.Changes.Where(c => c.Action != ReferenceAction.Unchanged))
        {
            var verb = change.Action switch
            {
                ReferenceAction.Added => $"{would}added",
                ReferenceAction.Linked => $"{would}linked to the stored record",
                ReferenceAction.Updated => $"{would}updated",
                ReferenceAction.KeptEdit => "kept as edited",
                _ => "CONFLICT",
            };
            // A dry run's new ids are rolled back with everything else: not worth printing.
            var id = change.Id is { } value && !(result.DryRun && change.Action == ReferenceAction.Added) ? $" (#{value})" : "";
            var detail = change.Detail is null ? "" : $": {change.Detail}";
            await output.WriteLineAsync($"{change.Key}{id} {verb}{detail}");
        }

        await output.WriteLineAsync(
            $"{(result.DryRun ? "Dry run, nothing written. " : "")}{result.Count(ReferenceAction.Added)} added, {result.Count(ReferenceAction.Updated)} updated, "
            + $"{result.Count(ReferenceAction.Linked)} linked, {result.Count(ReferenceAction.Unchanged)} unchanged, "
            + $"{result.Count(ReferenceAction.KeptEdit)} kept as edited, {result.Count(ReferenceAction.Conflict)} conflicts.");
    }
}
