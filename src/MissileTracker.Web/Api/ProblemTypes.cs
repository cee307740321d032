namespace MissileTracker.Web.Api;

/// <summary>
/// The stable <c>type</c> identifiers of the API's ProblemDetails (RFC 9457). Clients may switch on
/// them; they never change meaning. Other statuses keep ASP.NET Core's RFC 9110 section links.
/// </summary>
public static class ProblemTypes
{
    /// <summary>400: one or more query parameters are invalid or unknown; <c>errors</c> names each one.</summary>
    public const string InvalidQuery = "urn:missiletracker:problem:invalid-query";

    /// <summary>406: the Accept header takes none of the media types the resource is served as; <c>available</c> lists them.</summary>
    public const string NotAcceptable = "urn:missiletracker:problem:not-acceptable";

    /// <summary>404: no resource with that id.</summary>
    public const string NotFound = "urn:missiletracker:problem:not-found";

    /// <summary>429: too many requests; retry after <c>Retry-After</c> seconds.</summary>
    public const string RateLimited = "urn:missiletracker:problem:rate-limited";
}
