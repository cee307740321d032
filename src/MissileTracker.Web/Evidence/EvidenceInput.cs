using System.ComponentModel.DataAnnotations;
using MissileTracker.Web.Editing;

namespace MissileTracker.Web.Evidence;

/// <summary>A physical evidence record as an editor enters it (form and API body).</summary>
public sealed class EvidenceInput : IValidatableObject
{
    /// <summary>The strike the evidence comes from.</summary>
    /// <example>3</example>
    [Required]
    [Display(Name = "Strike id")]
    public int? StrikeId { get; set; }

    /// <summary>What was found, e.g. "missile remnants".</summary>
    /// <example>missile remnants</example>
    [Required]
    [StringLength(300)]
    [Display(Name = "What was found")]
    public string? Component { get; set; }

    /// <summary>Markings as read, e.g. "112".</summary>
    /// <example>112</example>
    [StringLength(500)]
    [Display(Name = "Markings")]
    public string? Markings { get; set; }

    /// <summary>Serial numbers as read.</summary>
    [StringLength(500)]
    [Display(Name = "Serial numbers")]
    public string? Serials { get; set; }

    /// <summary>Characters or writing on it, e.g. "a handwritten Hangeul character".</summary>
    [StringLength(500)]
    [Display(Name = "Characters or writing")]
    public string? Characters { get; set; }

    /// <summary>Where it was found or recovered.</summary>
    [StringLength(300)]
    [Display(Name = "Where found")]
    public string? FoundAt { get; set; }

    /// <summary>When it was found (yyyy-MM-dd), if known.</summary>
    [Display(Name = "Found on")]
    public DateOnly? FoundOn { get; set; }

    /// <summary>The official or body that examined it (an id from <c>/api/v1/officials</c>), e.g. Conflict Armament Research.</summary>
    [Display(Name = "Examined by (official or body)")]
    public int? ExaminerId { get; set; }

    /// <summary>Who examined it, in words, when not in the officials list.</summary>
    [StringLength(300)]
    [Display(Name = "Examined by (in words)")]
    public string? ExaminedBy { get; set; }

    /// <summary>When it was examined or the finding was reported, as the source gives it.</summary>
    [StringLength(200)]
    [Display(Name = "Examined when")]
    public string? ExaminedWhen { get; set; }

    /// <summary>The examiner's finding, verbatim, e.g. "Hwasong-11 series".</summary>
    /// <example>Hwasong-11 series</example>
    [Required]
    [StringLength(4000)]
    [Display(Name = "Finding (verbatim)")]
    public string? Finding { get; set; }

    /// <summary>Ids of the reports citing it.</summary>
    [Display(Name = "Reports")]
    public List<int> ReportIds { get; set; } = [];

    /// <summary>The chain of custody, in order.</summary>
    [Display(Name = "Custody")]
    public List<CustodyEventInput> Custody { get; set; } = [];

    /// <summary>The version you edited; required on update.</summary>
    [Display(Name = "Version")]
    public int? Version { get; set; }

    /// <summary>Why you made the change (shown in the history).</summary>
    [StringLength(1000)]
    [Display(Name = "Reason for the change")]
    public string? Reason { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ExaminerId is null && string.IsNullOrWhiteSpace(ExaminedBy))
        {
            yield return new ValidationResult("Say who examined it: pick an official or body, or write it in words.", [nameof(ExaminedBy)]);
        }

        if (FoundOn is { } found && (found < InputRules.EarliestDate || found > DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1)))
        {
            yield return new ValidationResult($"The date must lie between {InputRules.EarliestDate:d MMM yyyy} and today.", [nameof(FoundOn)]);
        }

        for (var i = 0; i < Custody.Count; i++)
        {
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(Custody[i], new ValidationContext(Custody[i]), results, validateAllProperties: true);
            foreach (var result in results)
            {
                yield return new ValidationResult(result.ErrorMessage, result.MemberNames.Select(m => $"{nameof(Custody)}[{i}].{m}").ToList());
            }
        }
    }
}

/// <summary>One step of the chain of custody.</summary>
public sealed class CustodyEventInput
{
    /// <summary>Who held it.</summary>
    /// <example>Conflict Armament Research</example>
    [Required]
    [StringLength(300)]
    [Display(Name = "Held by")]
    public string? Holder { get; set; }

    /// <summary>From when (yyyy-MM-dd), if known.</summary>
    [Display(Name = "From")]
    public DateOnly? HeldFrom { get; set; }

    /// <summary>To whom they handed it.</summary>
    [StringLength(300)]
    [Display(Name = "Handed to")]
    public string? HandedTo { get; set; }

    [StringLength(1000)]
    [Display(Name = "Note")]
    public string? Note { get; set; }
}
