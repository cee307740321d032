using MissileTracker.Web.Data;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Officials;

namespace MissileTracker.Web.Statements;

/// <summary>
/// Something an official or organisation said, as published in one or more reports. It may
/// give figures for specific strikes (<see cref="Strikes"/>) and/or be an aggregate claim
/// ("at least 10 cases") that belongs to no single strike.
/// </summary>
public sealed class Statement : ITimestamped, IPublishable, IVersioned
{
    public int Id { get; set; }

    public int? OfficialId { get; set; }
    public Official? Official { get; set; }

    /// <summary>On whose behalf it was said, e.g. "U.S. Department of State".</summary>
    public required string Organisation { get; set; }

    /// <summary>When it was said; null when the reports do not give it.</summary>
    public DateOnly? StatedOn { get; set; }

    /// <summary>Kyiv local time it was said, when known: orders a day's statements (the attribution timeline).</summary>
    public TimeOnly? StatedAt { get; set; }

    /// <summary>How the date was established, or why it is unknown.</summary>
    public string? StatedOnNote { get; set; }

    /// <summary>The source called what it said preliminary ("preliminary: a North Korean missile").</summary>
    public bool IsPreliminary { get; set; }

    public required string Quote { get; set; }
    public QuoteKind QuoteKind { get; set; }

    /// <summary>True for a claim about many strikes or a period, tied to no single strike.</summary>
    public bool IsAggregate { get; set; }

    /// <summary>Start of the period an aggregate claim covers; with no <see cref="PeriodEnd"/> the period is open ("since 30 Dec 2023").</summary>
    public DateOnly? PeriodStart { get; set; }

    /// <summary>End of the period; null with a start means "since" (still running when said).</summary>
    public DateOnly? PeriodEnd { get; set; }

    /// <summary>The date the claim's figures stand at ("as of 1 Feb 2024").</summary>
    public DateOnly? PeriodAsOf { get; set; }

    /// <summary>The period as the source gives it, when it cannot be pinned to dates.</summary>
    public string? PeriodNote { get; set; }

    /// <summary>Why the statement names no published report (a briefing with no article, an early count known from elsewhere); set exactly when <see cref="Reports"/> is empty.</summary>
    public string? NoReportReason { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public PublicationStatus Status { get; set; }
    public DateTime? PublishedAt { get; set; }
    public DateTime? UnpublishedAt { get; set; }
    public DateTime? DeletedAt { get; set; }
    public int Version { get; set; }

    public List<StatementStrike> Strikes { get; } = [];
    public List<StatementReport> Reports { get; } = [];

    /// <summary>An aggregate claim's figures, in the source's order.</summary>
    public List<ClaimFigure> Figures { get; } = [];

    /// <summary>The regions an aggregate claim names, in the source's order.</summary>
    public List<ClaimRegion> Regions { get; } = [];
}
