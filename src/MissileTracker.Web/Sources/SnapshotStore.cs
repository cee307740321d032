using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace MissileTracker.Web.Sources;

/// <summary>
/// The snapshot files, content-addressed: each is stored once under its SHA-256 (<c>ab/abcdef…</c>), whatever
/// reports cite it, and never changes afterwards. Written to a temporary file and moved into place, so a reader never
/// sees half a file.
/// </summary>
public sealed class SnapshotStore(IOptions<SnapshotSettings> settings, IWebHostEnvironment environment)
{
    public string Directory { get; } = Path.GetFullPath(settings.Value.Directory, environment.ContentRootPath);

    public static string HashOf(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>True for 64 lower-case hex digits: the only names the store reads, so a path can never leave it.</summary>
    public static bool IsHash(string value) => value.Length == 64 && value.All(char.IsAsciiHexDigitLower);

    /// <summary>Stores <paramref name="content"/> (if not stored already) and returns its SHA-256.</summary>
    public async Task<string> SaveAsync(byte[] content, CancellationToken ct)
    {
        var hash = HashOf(content);
        var path = PathOf(hash);
        if (File.Exists(path))
        {
            return hash;
        }

        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllBytesAsync(temporary, content, ct);
        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Someone stored the same bytes meanwhile: theirs are these.
            File.Delete(temporary);
        }

        return hash;
    }

    /// <summary>The stored file, or null when it is missing (a store restored without its files).</summary>
    public Stream? OpenRead(string hash)
    {
        var path = PathOf(hash);
        return File.Exists(path) ? File.OpenRead(path) : null;
    }

    private string PathOf(string hash) =>
        IsHash(hash) ? Path.Combine(Directory, hash[..2], hash) : throw new ArgumentException("Not a SHA-256 in hex.", nameof(hash));
}
