using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;
using MissileTracker.Web.Http;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Api;

/// <summary>
/// A response written while its rows are read (exports, feeds), so memory stays flat however
/// many rows match. Its ETag comes from the data version, known before the first byte is written;
/// a client whose copy is current gets 304 and nothing is read. With <see cref="File"/> set (the full export, rendered
/// once per data version) the file is sent instead: byte ranges, a strong ETag, and its gzip copy to clients that
/// take gzip and ask for no range.
/// </summary>
public abstract class StreamedResult(DataVersion version, Func<Stream, CancellationToken, Task> write) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    public int? StatusCode => StatusCodes.Status200OK;

    public abstract string ContentType { get; }

    /// <summary>Extra response headers, e.g. a file name or a count known in advance.</summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The same body already rendered to a file for this data version, or null to stream it.</summary>
    public ExportFile? File { get; init; }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var tag = HttpCaching.VersionTag(httpContext.Request, ContentType, version);
        var gzip = false;
        if (File is not null)
        {
            // Ranges address the file's bytes, so they are served from the uncompressed file only. The tag names the
            // same representation as the streamed one (a weak match still gives 304) but is strong, as If-Range needs;
            // the gzip copy is another representation, with its own tag.
            gzip = httpContext.Request.Headers.Range.Count == 0 && AcceptsGzip(httpContext.Request);
            tag = new EntityTagHeaderValue(gzip ? tag.Tag.Value![..^1] + "-gzip\"" : tag.Tag, isWeak: false);
            response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
        }

        if (HttpCaching.IsNotModified(httpContext, tag, version.LastModified))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        foreach (var (name, value) in Headers)
        {
            response.Headers[name] = value;
        }

        if (File is { } file)
        {
            foreach (var (name, value) in file.Headers)
            {
                response.Headers[name] = value;
            }

            if (gzip)
            {
                response.Headers.ContentEncoding = "gzip";
            }

            await TypedResults.PhysicalFile(gzip ? file.GzipPath : file.Path, ContentType, lastModified: response.GetTypedHeaders().LastModified,
                entityTag: tag, enableRangeProcessing: !gzip).ExecuteAsync(httpContext);
            return;
        }

        await write(response.Body, httpContext.RequestAborted);
    }

    private static bool AcceptsGzip(HttpRequest request) =>
        request.GetTypedHeaders().AcceptEncoding.Any(e => (e.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase) || e.Value.Equals("*", StringComparison.Ordinal))
            && e.Quality is not 0);

    protected static void Produces(EndpointBuilder builder, Type? schema, string contentType) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, schema ?? typeof(string), [contentType]));
}

/// <summary>CSV (RFC 4180), UTF-8, header row first.</summary>
public sealed class CsvResult(DataVersion version, Func<Stream, CancellationToken, Task> write) : StreamedResult(version, write), IEndpointMetadataProvider
{
    public const string MediaType = "text/csv";

    public override string ContentType => MediaType + "; charset=utf-8";

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Produces(builder, null, MediaType);
}

/// <summary>GeoJSON (RFC 7946), documented with the schema <typeparamref name="TSchema"/>.</summary>
public sealed class GeoJsonResult<TSchema>(DataVersion version, Func<Stream, CancellationToken, Task> write) : StreamedResult(version, write), IEndpointMetadataProvider
{
    public override string ContentType => GeoJson.MediaType;

    // IEndpointMetadataProvider is a static interface member; the generic type carries the documented schema.
#pragma warning disable CA1000
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Produces(builder, typeof(TSchema), GeoJson.MediaType);
#pragma warning restore CA1000
}

public static class GeoJson
{
    public const string MediaType = "application/geo+json";
}

/// <summary>An Atom feed (RFC 4287).</summary>
public sealed class AtomFeedResult(DataVersion version, Func<Stream, CancellationToken, Task> write) : StreamedResult(version, write), IEndpointMetadataProvider
{
    public const string MediaType = "application/atom+xml";

    public override string ContentType => MediaType + "; charset=utf-8";

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Produces(builder, null, MediaType);
}
