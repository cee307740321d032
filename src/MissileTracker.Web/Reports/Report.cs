using MissileTracker.Web.Data;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Statements;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.Reports;

/// <summary>A published news report (article, transcript, interview) that the tracker cites.</summary>
public sealed class Report : ITimestamped, IPublishable, IVersioned
{
    public int Id { get; set; }

    /// <summary>Absolute http(s) URL, unique; null when the stored copy did not carry one.</summary>
    public Uri? Url { get; set; }

    /// <summary>An external archived copy of the report (e.g. a Wayback Machine capture), http(s); null when none is recorded.</summary>
    public Uri? ArchiveUrl { get; set; }

    public required string Outlet { get; set; }
    public required string Title { get; set; }
    public string? Byline { get; set; }

    /// <summary>Publication date; null when the report does not show it.</summary>
    public DateOnly? PublishedOn { get; set; }

    /// <summary>ISO 639-1 language code of the report as cited, e.g. "en", "uk".</summary>
    public string Language { get; set; } = "en";

    /// <summary>Sources the report itself cites, e.g. "Voice of America interview".</summary>
    public string? Cites { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public PublicationStatus Status { get; set; }
    public DateTime? PublishedAt { get; set; }
    public DateTime? UnpublishedAt { get; set; }
    public DateTime? DeletedAt { get; set; }
    public int Version { get; set; }

    public List<StrikeReport> Strikes { get; } = [];
    public List<StatementReport> Statements { get; } = [];
}
