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

    /// <summary>The aggregate figure, e.g. 10 in "at least 10 cases".</summary>
    public int? ClaimedCount { get; set; }
    public FigureQualifier ClaimedCountQualifier { get; set; }

    /// <summary>What the aggregate figure counts, e.g. "cases of use".</summary>
    public string? ClaimedUnit { get; set; }

    public DateOnly? PeriodStart { get; set; }
    public DateOnly? PeriodEnd { get; set; }

    /// <summary>The period as the source gives it, when it cannot be pinned to dates.</summary>
    public string? PeriodNote { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public PublicationStatus Status { get; set; }
    public DateTime? PublishedAt { get; set; }
    public DateTime? UnpublishedAt { get; set; }
    public DateTime? DeletedAt { get; set; }
    public int Version { get; set; }

    public List<StatementStrike> Strikes { get; } = [];
    public List<StatementReport> Reports { get; } = [];
}
