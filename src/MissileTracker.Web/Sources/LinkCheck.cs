using MissileTracker.Web.Reports;

namespace MissileTracker.Web.Sources;

/// <summary>The latest visit to a report's URL by <c>check-links</c>: one row per report, replaced on each check.</summary>
public sealed class LinkCheck
{
    public int ReportId { get; set; }
    public Report Report { get; set; } = null!;

    /// <summary>When the URL was visited (UTC).</summary>
    public DateTime CheckedAt { get; set; }

    /// <summary>The final HTTP status (after redirects); null when no answer came.</summary>
    public int? StatusCode { get; set; }

    /// <summary>Where the redirects ended; null when no answer came.</summary>
    public Uri? FinalUrl { get; set; }

    /// <summary>Why there was no usable answer (timeout, refused address, too many redirects …); null otherwise.</summary>
    public string? Error { get; set; }

    /// <summary>True when the link is dead: no answer, or a 4xx/5xx status.</summary>
    public bool Broken { get; set; }
}
