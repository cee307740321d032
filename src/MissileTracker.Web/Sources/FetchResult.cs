namespace MissileTracker.Web.Sources;

/// <summary>What one fetch of a URL gave: the final answer after redirects, or why there was none.</summary>
/// <param name="FinalUrl">Where the redirects ended (the last URL requested).</param>
/// <param name="StatusCode">The last answer's status; null when none came.</param>
/// <param name="Body">The body, when it was asked for and the status was 2xx; at most the size cap.</param>
/// <param name="Error">Why there is no usable answer: a refused address or scheme, a timeout, too many redirects, too large …</param>
public sealed record FetchResult(Uri FinalUrl, int? StatusCode, byte[]? Body, string? Error)
{
    public bool Succeeded => Error is null && StatusCode is >= 200 and < 300;
}
