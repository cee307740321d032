using MissileTracker.Web.Data;
using MissileTracker.Web.Officials;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.Evidence;

/// <summary>
/// Physical evidence of a strike (a piece of debris, a component) and what its examiner found: the record behind
/// the origin status "confirmed by debris analysis". Reviewed like strikes: a draft until a reviewer publishes it.
/// </summary>
public sealed class EvidenceRecord : ITimestamped, IPublishable, IVersioned
{
    public int Id { get; set; }

    public int StrikeId { get; set; }
    public Strike Strike { get; set; } = null!;

    /// <summary>What was found, e.g. "missile remnants" or "engine nozzle".</summary>
    public required string Component { get; set; }

    /// <summary>Markings on it as read, e.g. "112".</summary>
    public string? Markings { get; set; }

    /// <summary>Serial numbers, as read.</summary>
    public string? Serials { get; set; }

    /// <summary>Characters or writing on it, e.g. "a handwritten Hangeul character".</summary>
    public string? Characters { get; set; }

    /// <summary>Where it was found or recovered, as the source says, e.g. "north of Kyiv".</summary>
    public string? FoundAt { get; set; }

    /// <summary>When it was found, if the source says.</summary>
    public DateOnly? FoundOn { get; set; }

    /// <summary>The official or body that examined it (from Officials), when it is one.</summary>
    public int? ExaminerId { get; set; }
    public Official? Examiner { get; set; }

    /// <summary>Who examined it, in words, when it is not in Officials (or to add to it).</summary>
    public string? ExaminedBy { get; set; }

    /// <summary>When the examination was made or reported, as the source gives it, e.g. "early April 2024".</summary>
    public string? ExaminedWhen { get; set; }

    /// <summary>The examiner's finding, verbatim, e.g. "Hwasong-11 series".</summary>
    public required string Finding { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public PublicationStatus Status { get; set; }
    public DateTime? PublishedAt { get; set; }
    public DateTime? UnpublishedAt { get; set; }
    public DateTime? DeletedAt { get; set; }
    public int Version { get; set; }

    /// <summary>The reports citing the evidence or the finding.</summary>
    public List<EvidenceReport> Reports { get; } = [];

    /// <summary>Photos, stored in the snapshot store under their SHA-256.</summary>
    public List<EvidencePhoto> Photos { get; } = [];

    /// <summary>Who held it, in order.</summary>
    public List<CustodyEvent> Custody { get; } = [];
}
