namespace MissileTracker.Web.Sources;

/// <summary>Reads a stream into memory, but never more than a limit: an upload or a page must not fill the server's memory.</summary>
public static class BoundedRead
{
    /// <summary>The stream's bytes, or null as soon as there are more than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAtMostAsync(Stream stream, long maxBytes, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
