using System.Text.Json;
using Microsoft.Extensions.Options;

namespace MissileTracker.Web.Releases;

/// <summary>A release on disk: its manifest, its withdrawal if any, and its directory.</summary>
public sealed record StoredRelease(ReleaseManifest Manifest, ReleaseWithdrawal? Withdrawal, string Directory)
{
    public bool IsWithdrawn => Withdrawal is not null;

    /// <summary>The path of one of the release's files; null for a name the manifest does not list (so no path outside the release can be asked for).</summary>
    public string? PathOf(string name) =>
        Manifest.Files.FirstOrDefault(f => f.Name == name) is { } file ? Path.Combine(Directory, file.Name) : null;
}

/// <summary>
/// Releases as directories under <see cref="ReleaseOptions.Directory"/>, one per version. A release is
/// written in a staging directory and moved into place in one rename, so a reader never sees half of one
/// and two creators of the same version cannot both succeed. Its files are then made read-only and never
/// written again; a withdrawal is a separate file beside them.
/// </summary>
public sealed class ReleaseStore(IOptions<ReleaseOptions> options, IWebHostEnvironment environment)
{
    public const string ManifestFile = "manifest.json";
    public const string WithdrawalFile = "withdrawal.json";
    private const string StagingDirectory = ".staging";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string Root => Path.GetFullPath(options.Value.Directory, environment.ContentRootPath);

    /// <summary>Every release, newest first.</summary>
    public IReadOnlyList<StoredRelease> List()
    {
        if (!System.IO.Directory.Exists(Root))
        {
            return [];
        }

        return System.IO.Directory.EnumerateDirectories(Root)
            .Where(d => ReleaseVersion.IsValid(Path.GetFileName(d)))
            .Select(Read)
            .OfType<StoredRelease>()
            .OrderByDescending(r => r.Manifest.CreatedAt)
            .ThenByDescending(r => r.Manifest.Version, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The release <paramref name="version"/>, or for <see cref="ReleaseVersion.Latest"/> the newest one not withdrawn.</summary>
    public StoredRelease? Find(string version)
    {
        if (string.Equals(version, ReleaseVersion.Latest, StringComparison.OrdinalIgnoreCase))
        {
            return List().FirstOrDefault(r => !r.IsWithdrawn);
        }

        return ReleaseVersion.IsValid(version) ? Read(Path.Combine(Root, version)) : null;
    }

    public bool Exists(string version) => ReleaseVersion.IsValid(version) && System.IO.Directory.Exists(Path.Combine(Root, version));

    /// <summary>
    /// Writes a new release: <paramref name="write"/> fills a fresh directory and returns the manifest, which is written
    /// beside the files; then the directory takes the version's name. Null when the version exists already.
    /// </summary>
    public async Task<StoredRelease?> AddAsync(string version, Func<string, CancellationToken, Task<ReleaseManifest>> write, CancellationToken ct)
    {
        if (Exists(version))
        {
            return null;
        }

        var staging = Path.Combine(Root, StagingDirectory, Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(staging);
        try
        {
            var manifest = await write(staging, ct);
            await File.WriteAllBytesAsync(Path.Combine(staging, ManifestFile), JsonSerializer.SerializeToUtf8Bytes(manifest, Json), ct);
            foreach (var file in System.IO.Directory.EnumerateFiles(staging))
            {
                File.SetAttributes(file, FileAttributes.ReadOnly);
            }

            var target = Path.Combine(Root, version);
            try
            {
                System.IO.Directory.Move(staging, target);
            }
            catch (IOException) when (System.IO.Directory.Exists(target))
            {
                // Another request created the same version first: theirs stands.
                return null;
            }

            return new StoredRelease(manifest, null, target);
        }
        finally
        {
            if (System.IO.Directory.Exists(staging))
            {
                System.IO.Directory.Delete(staging, recursive: true);
            }
        }
    }

    /// <summary>Marks a release withdrawn; false when it already is (the first reason stands).</summary>
    public async Task<bool> WithdrawAsync(StoredRelease release, string reason, DateTime now, CancellationToken ct)
    {
        try
        {
            await using var stream = new FileStream(Path.Combine(release.Directory, WithdrawalFile), FileMode.CreateNew, FileAccess.Write);
            await JsonSerializer.SerializeAsync(stream, new ReleaseWithdrawal(now, reason), Json, ct);
            return true;
        }
        catch (IOException) when (File.Exists(Path.Combine(release.Directory, WithdrawalFile)))
        {
            return false;
        }
    }

    private static StoredRelease? Read(string directory)
    {
        var manifestPath = Path.Combine(directory, ManifestFile);
        if (!File.Exists(manifestPath))
        {
            return null;
        }

        var manifest = JsonSerializer.Deserialize<ReleaseManifest>(File.ReadAllBytes(manifestPath), Json);
        var withdrawalPath = Path.Combine(directory, WithdrawalFile);
        var withdrawal = File.Exists(withdrawalPath) ? JsonSerializer.Deserialize<ReleaseWithdrawal>(File.ReadAllBytes(withdrawalPath), Json) : null;
        return manifest is null ? null : new StoredRelease(manifest, withdrawal, directory);
    }
}
