using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using MissileTracker.Web.Http;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Api;

/// <summary>
/// A response written while its rows are read (exports, feeds), so memory stays flat however
/// many rows match. Its ETag comes from the data version, known before the first byte is written;
/// a client whose copy is current gets 304 and nothing is read.
/// </summary>
public abstract class StreamedResult(DataVersion version, Func<Stream, CancellationToken, Task> write) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    public int? StatusCode => StatusCodes.Status200OK;

    public abstract string ContentType { get; }

    /// <summary>Extra response headers, e.g. a file name or a count known in advance.</summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        if (HttpCaching.IsNotModified(httpContext, HttpCaching.VersionTag(httpContext.Request, ContentType, version), version.LastModified))
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

        await write(response.Body, httpContext.RequestAborted);
    }

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
