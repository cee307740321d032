using MissileTracker.Web.Reports;

namespace MissileTracker.Web.Sources;

/// <summary>
/// A copy of a report as the tracker kept it: an uploaded file or a page the app fetched. The bytes live in the
/// snapshot directory under their SHA-256 (<see cref="SnapshotStore"/>); this row says what they are and where they came from.
/// </summary>
public sealed class ReportSnapshot
{
    public int Id { get; set; }

    public int ReportId { get; set; }
    public Report Report { get; set; } = null!;

    /// <summary>SHA-256 of the bytes, 64 lower-case hex digits: the file's name in the store and what a reader checks.</summary>
    public required string Sha256 { get; set; }

    /// <summary>The media type found in the content (never the name or the declared type), e.g. application/pdf.</summary>
    public required string MediaType { get; set; }

    public long SizeBytes { get; set; }

    public SnapshotOrigin Origin { get; set; }

    /// <summary>For a capture, the URL the bytes were finally fetched from (after redirects); null for an upload.</summary>
    public Uri? SourceUrl { get; set; }

    /// <summary>When the file was uploaded or the page fetched (UTC).</summary>
    public DateTime CapturedAt { get; set; }

    /// <summary>The staff account that uploaded or captured it (shown to staff only).</summary>
    public required string CapturedBy { get; set; }
}

/// <summary>How a snapshot reached the tracker.</summary>
public enum SnapshotOrigin
{
    /// <summary>An editor uploaded the file.</summary>
    Upload,

    /// <summary>The app fetched the report's URL itself.</summary>
    Capture,
}
