using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http.Metadata;
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

    private static readonly ConditionalWeakTable<Endpoint, IReadOnlyList<string>> ProducedBy = [];

    /// <summary>The media types <paramref name="endpoint"/> answers with on success, from its response metadata.</summary>
    public static IReadOnlyList<string> Produced(Endpoint endpoint) =>
        ProducedBy.GetValue(endpoint, e => e.Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>()
            .Where(m => m.StatusCode is >= 200 and < 300)
            .SelectMany(m => m.ContentTypes)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList());

    /// <summary>
    /// True when the request's Accept header takes one of <paramref name="produced"/> (any does, without
    /// the header). For each type the most specific matching range decides (RFC 9110 §12.5.1), so
    /// <c>text/csv;q=0, */*</c> refuses CSV; a <c>+json</c> type counts as <c>application/json</c>.
    /// </summary>
    public static bool Accepts(HttpRequest request, IReadOnlyList<string> produced)
    {
        var accept = request.GetTypedHeaders().Accept;
        return accept.Count == 0 || produced.Any(type => QualityFor(MediaTypeHeaderValue.Parse(type), accept) > 0);
    }

    private static double QualityFor(MediaTypeHeaderValue offered, IList<MediaTypeHeaderValue> accept) =>
        accept.Select(range => (range, specificity: Specificity(offered, range)))
            .Where(m => m.specificity > 0)
            .OrderByDescending(m => m.specificity)
            .Select(m => m.range.Quality ?? 1.0)
            .FirstOrDefault();

    // 0: no match; then */*, type/*, a JSON client taking a +json type, the type itself.
    private static int Specificity(MediaTypeHeaderValue offered, MediaTypeHeaderValue range)
    {
        static bool Same(Microsoft.Extensions.Primitives.StringSegment a, Microsoft.Extensions.Primitives.StringSegment b) =>
            a.Equals(b, StringComparison.OrdinalIgnoreCase);

        if (range.MatchesAllTypes)
        {
            return 1;
        }

        if (!Same(range.Type, offered.Type))
        {
            return 0;
        }

        if (range.MatchesAllSubTypes)
        {
            return 2;
        }

        if (Same(range.SubType, offered.SubType))
        {
            return 4;
        }

        return Same(range.SubType, "json") && Same(offered.Suffix, "json") ? 3 : 0;
    }
}
