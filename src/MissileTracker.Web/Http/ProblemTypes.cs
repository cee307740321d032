namespace MissileTracker.Web.Http;

/// <summary>
/// The stable <c>type</c> identifiers of the API's ProblemDetails (RFC 9457). Clients may switch on
/// them; they never change meaning. Other statuses keep ASP.NET Core's RFC 9110 section links.
/// </summary>
public static class ProblemTypes
{
    /// <summary>400: one or more query parameters are invalid; <c>errors</c> names each one.</summary>
    public const string InvalidQuery = "urn:missiletracker:problem:invalid-query";

    /// <summary>404: no resource with that id.</summary>
    public const string NotFound = "urn:missiletracker:problem:not-found";

    /// <summary>429: too many requests; retry after <c>Retry-After</c> seconds.</summary>
    public const string RateLimited = "urn:missiletracker:problem:rate-limited";
}
