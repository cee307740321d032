using System.ComponentModel.DataAnnotations;
using System.Globalization;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Localization;

namespace MissileTracker.Web.Reports;

/// <summary>A news report as an editor enters it (form and API body).</summary>
public sealed class ReportInput : IValidatableObject
{
    /// <summary>Absolute http(s) URL of the report; unique across the tracker.</summary>
    /// <example>https://example.org/news/2024/02/07/kharkiv-strike</example>
    [StringLength(2048)]
    [Display(Name = "Article URL")]
    public string? Url { get; set; }

    /// <summary>An external archived copy of the report, e.g. a Wayback Machine capture (absolute http(s) URL); optional.</summary>
    [StringLength(2048)]
    [Display(Name = "External archive URL")]
    public string? ArchiveUrl { get; set; }

    /// <summary>Publishing outlet.</summary>
    /// <example>Kyiv Independent</example>
    [Required]
    [StringLength(200)]
    [Display(Name = "Outlet")]
    public string? Outlet { get; set; }

    /// <summary>Headline.</summary>
    /// <example>Police: Russia fires 2 North Korean missiles at Kharkiv in morning attack</example>
    [Required]
    [StringLength(500)]
    [Display(Name = "Title")]
    public string? Title { get; set; }

    /// <summary>Author(s) as printed.</summary>
    [StringLength(200)]
    [Display(Name = "Byline")]
    public string? Byline { get; set; }

    /// <summary>Publication date (yyyy-MM-dd), when shown.</summary>
    /// <example>2024-02-07</example>
    [Display(Name = "Published on")]
    public DateOnly? PublishedOn { get; set; }

    /// <summary>ISO 639-1 language code of the report, e.g. en, uk.</summary>
    /// <example>en</example>
    [Required]
    [RegularExpression("^[a-z]{2,3}(-[A-Za-z0-9]{2,4})?$", ErrorMessage = "Use an ISO 639-1 code such as en or uk.")]
    [Display(Name = "Language")]
    public string? Language { get; set; } = "en";

    /// <summary>Sources the report itself cites.</summary>
    [StringLength(500)]
    [Display(Name = "Cites")]
    public string? Cites { get; set; }

    /// <summary>The version you edited; required on update.</summary>
    [Display(Name = "Version")]
    public int? Version { get; set; }

    /// <summary>Why you made the change (shown in the history).</summary>
    [StringLength(1000)]
    [DataType(DataType.MultilineText)]
    [Display(Name = "Reason")]
    public string? Reason { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var clock = validationContext.GetService(typeof(TimeProvider)) as TimeProvider ?? TimeProvider.System;
        if (!string.IsNullOrWhiteSpace(Url))
        {
            if (!InputRules.IsHttpUrl(Url.Trim(), out var uri))
            {
                yield return new(Text.Of("Give an absolute http:// or https:// link."), [nameof(Url)]);
            }
            else if (uri!.UserInfo.Length > 0)
            {
                // Links are published as stored: a user name and password in one would be published with it.
                yield return new(Text.Of("Remove the user name and password (user:password@) from the link."), [nameof(Url)]);
            }
        }

        if (!string.IsNullOrWhiteSpace(ArchiveUrl))
        {
            if (!InputRules.IsHttpUrl(ArchiveUrl.Trim(), out var archive))
            {
                yield return new(Text.Of("Give an absolute http:// or https:// link to the archived copy."), [nameof(ArchiveUrl)]);
            }
            else if (archive!.UserInfo.Length > 0)
            {
                yield return new(Text.Of("Remove the user name and password (user:password@) from the link."), [nameof(ArchiveUrl)]);
            }
        }

        if (PublishedOn is { } date && (date < InputRules.EarliestDate || date > InputRules.LatestDate(clock)))
        {
            yield return new(Text.Format("The publication date must be between {0} and today.", InputRules.EarliestDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), [nameof(PublishedOn)]);
        }
    }
}
