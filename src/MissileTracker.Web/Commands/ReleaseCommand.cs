using MissileTracker.Web.Http;
using MissileTracker.Web.Releases;
using Microsoft.Extensions.Options;

namespace MissileTracker.Web.Commands;

/// <summary><c>release create --version V [--notes F]</c>: freezes the published data as a citable release (as the reviewers' page does).</summary>
public static class ReleaseCommand
{
    public const string Name = "release";

    private const string Usage = $"Usage: {Name} create --version <version> [--notes <file>]";

    public static TrackerCommand Command { get; } = new(Name, "Creates an immutable, citable release of the published data.",
        $"""
        {Usage}
          --version <version>   the new release's version, e.g. 2026.12 (required; never reused)
          --notes <file>        a text file with the release notes (optional)
        The release is written under the Releases:Directory setting and served at /releases/<version>.
        """,
        context => RunAsync(context.Services, context.Args, context.Output));

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var version = CommandLine.Option(args, "--version");
        var notesFile = CommandLine.Option(args, "--notes");
        if (args.Length < 2 || args[1] != "create" || version is null)
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        if (!ReleaseVersion.IsValid(version))
        {
            await output.WriteLineAsync(ReleaseVersion.Rule);
            return 2;
        }

        if (notesFile is not null && !File.Exists(notesFile))
        {
            await output.WriteLineAsync($"No notes file at {notesFile}.");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var baseUrl = scope.ServiceProvider.GetRequiredService<IOptions<PublicUrlSettings>>().Value.PublicBaseUrl?.TrimEnd('/');
        var notes = notesFile is null ? null : await File.ReadAllTextAsync(notesFile);
        var release = await scope.ServiceProvider.GetRequiredService<ReleaseWriter>().CreateAsync(version, notes, baseUrl, createdBy: null, CancellationToken.None);
        if (release is null)
        {
            await output.WriteLineAsync($"Release {version} exists already; a version is never reused.");
            return 1;
        }

        var manifest = release.Manifest;
        await output.WriteLineAsync($"Release {manifest.Version}: {manifest.Counts.Strikes} strikes, {manifest.Counts.Statements} statements, {manifest.Counts.Reports} reports (data version {manifest.DataVersion}) in {release.Directory}");
        foreach (var file in manifest.Files)
        {
            await output.WriteLineAsync($"  {file.Sha256}  {file.Name} ({file.Bytes:N0} bytes)");
        }

        return 0;
    }
}
