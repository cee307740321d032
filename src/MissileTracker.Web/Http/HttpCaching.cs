using System.IO.Hashing;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Http;

/// <summary>
/// Conditional GET for the public API: every successful read carries an ETag and
/// <c>Cache-Control: public, max-age=60</c> (<c>private, no-cache</c> for signed-in callers); a matching
/// <c>If-None-Match</c> (or, without one, an <c>If-Modified-Since</c> not older than <c>Last-Modified</c>)
/// gets 304 with no body.
/// </summary>
public static class HttpCaching
{
    /// <summary>How long shared caches and clients may reuse a response without asking again.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);

    // A new build may write the same data differently (a new CSV column), so its tags differ.
    private static readonly Guid Build = typeof(HttpCaching).Assembly.ManifestModule.ModuleVersionId;

    /// <summary>
    /// A strong ETag for a response body that has been produced: its 128-bit XXH3 hash. A tag only has to change when the
    /// body does, so a non-cryptographic hash serves; SHA-256 cost a list page 1.5% of its CPU time (docs/performance.md).
    /// </summary>
    public static EntityTagHeaderValue ContentTag(ReadOnlySpan<byte> body) => new(Quote(XxHash128.Hash(body)));

    /// <summary>
    /// A weak ETag for a streamed response that has not been produced yet: the same for the same
    /// representation (build, format and query string) of the same data version.
    /// </summary>
    public static EntityTagHeaderValue VersionTag(HttpRequest request, string format, DataVersion version)
    {
        var key = string.Join('|', Build, format, request.Path.Value, request.QueryString.Value, version.Count,
            version.LastModified?.Ticks ?? 0);
        return new EntityTagHeaderValue(Quote(SHA256.HashData(Encoding.UTF8.GetBytes(key))), isWeak: true);
    }

    /// <summary>Sets the validators and caching headers; true when the client's copy is current (send 304).</summary>
    public static bool IsNotModified(HttpContext http, EntityTagHeaderValue etag, DateTime? lastModified)
    {
        var response = http.Response.GetTypedHeaders();
        response.ETag = etag;
        // A signed-in caller may be shown more than the public (drafts): never let a shared cache keep that.
        var personal = http.User.Identity?.IsAuthenticated == true || http.Request.Headers.ContainsKey(HeaderNames.Authorization);
        response.CacheControl = personal
            ? new CacheControlHeaderValue { Private = true, NoCache = true }
            : new CacheControlHeaderValue { Public = true, MaxAge = MaxAge };
        if (lastModified is { } changed)
        {
            // HTTP dates have whole seconds; the ETag tells changes within one second apart.
            var seconds = new DateTimeOffset(changed.Ticks - (changed.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
            response.LastModified = seconds;
        }

        var request = http.Request.GetTypedHeaders();
        if (request.IfNoneMatch.Count > 0)
        {
            return request.IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false));
        }

        return response.LastModified is { } modified && request.IfModifiedSince is { } since && modified <= since;
    }

    /// <summary>Sets <c>Last-Modified</c> from a successful result of type <typeparamref name="T"/> (e.g. a record's last change).</summary>
    public static RouteHandlerBuilder WithLastModified<T>(this RouteHandlerBuilder builder, Func<T, DateTime> lastModified) =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            var inner = result is INestedHttpResult nested ? nested.Result : result;
            if (inner is IValueHttpResult { Value: T value })
            {
                var changed = lastModified(value);
                context.HttpContext.Response.GetTypedHeaders().LastModified =
                    new DateTimeOffset(changed.Ticks - (changed.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
            }

            return result;
        });

    private static string Quote(byte[] hash) => "\"" + Convert.ToHexStringLower(hash.AsSpan(0, 16)) + "\"";
}
