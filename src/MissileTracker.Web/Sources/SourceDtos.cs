using MissileTracker.Web.Api;

namespace MissileTracker.Web.Sources;

/// <summary>A snapshot of a report kept by the tracker: check a download against <c>sha256</c> (e.g. with <c>sha256sum</c>).</summary>
/// <param name="Sha256">SHA-256 of the file, 64 lower-case hex digits; also its address.</param>
/// <param name="MediaType">The file's type, found from its content: text/html, application/pdf, image/png, image/jpeg or text/plain.</param>
/// <param name="SizeBytes">The file's size in bytes.</param>
/// <param name="Origin">Upload (an editor's file) or Capture (fetched by the tracker).</param>
/// <param name="SourceUrl">For a capture, the URL it was fetched from after redirects; null for an upload.</param>
/// <param name="CapturedAt">When it was uploaded or fetched (UTC).</param>
/// <param name="DownloadUrl">Where to download it (<c>/api/v1/snapshots/{sha256}</c>); HTML comes as a download, never shown inline.</param>
public sealed record SnapshotDto(string Sha256, string MediaType, long SizeBytes, SnapshotOrigin Origin, string? SourceUrl, DateTime CapturedAt, string DownloadUrl)
{
    public static SnapshotDto From(ReportSnapshot s) =>
        new(s.Sha256, s.MediaType, s.SizeBytes, s.Origin, s.SourceUrl?.AbsoluteUri, s.CapturedAt, $"{TrackerApi.Prefix}/snapshots/{s.Sha256}");
}

/// <summary>The latest check of a report's URL by the tracker's link checker.</summary>
/// <param name="CheckedAt">When the URL was visited (UTC).</param>
/// <param name="StatusCode">The final HTTP status after redirects; null when no answer came.</param>
/// <param name="FinalUrl">Where the redirects ended.</param>
/// <param name="Error">Why there was no usable answer (timeout, refused address …); null otherwise.</param>
/// <param name="Broken">True when the link was dead: no answer, or a 4xx/5xx status.</param>
public sealed record LinkCheckDto(DateTime CheckedAt, int? StatusCode, string? FinalUrl, string? Error, bool Broken)
{
    public static LinkCheckDto From(LinkCheck c) => new(c.CheckedAt, c.StatusCode, c.FinalUrl?.AbsoluteUri, c.Error, c.Broken);
}
