using System.ComponentModel.DataAnnotations;

namespace MissileTracker.Web.Publishing;

/// <summary>A reviewer's request to publish a draft strike together with its draft reports and statements.</summary>
public sealed class PublishWithDraftsInput
{
    /// <summary>The strike's version you reviewed (from the last read): if it changed since, nothing is published (409). Omit to publish what is stored.</summary>
    /// <example>2</example>
    public int? Version { get; set; }

    /// <summary>Why (recorded in the history of every record published).</summary>
    /// <example>Checked against the police report.</example>
    [StringLength(1000)]
    [DataType(DataType.MultilineText)]
    [Display(Name = "Reason")]
    public string? Reason { get; set; }
}

/// <summary>What publishing a strike with its drafts did, record by record.</summary>
/// <param name="Published">How many records were published.</param>
/// <param name="Outcomes">Each record in the order tried: the strike first, then its draft reports, then its draft statements.</param>
public sealed record PublicationBatch(int Published, IReadOnlyList<PublicationOutcome> Outcomes)
{
    public static PublicationBatch Of(IReadOnlyList<PublicationOutcome> outcomes) => new(outcomes.Count(o => o.Published), outcomes);
}
