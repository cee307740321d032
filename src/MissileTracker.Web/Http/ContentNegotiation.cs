using Microsoft.Net.Http.Headers;

namespace MissileTracker.Web.Http;

public static class ContentNegotiation
{
    /// <summary>
    /// True when the Accept header names <paramref name="mediaType"/> with a quality at least as high as
    /// JSON's (or any wildcard's). Without an Accept header, or when it does not name the type, JSON is served.
    /// </summary>
    public static bool Prefers(HttpRequest request, string mediaType)
    {
        var accept = request.GetTypedHeaders().Accept;
        double QualityOf(Func<MediaTypeHeaderValue, bool> match) =>
            accept.Where(match).Select(a => a.Quality ?? 1.0).DefaultIfEmpty(0).Max();
        var wanted = QualityOf(a => a.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase));
        var json = QualityOf(a => a.MatchesAllTypes || a.MatchesAllSubTypes || a.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase));
        return wanted > 0 && wanted >= json;
    }
}
