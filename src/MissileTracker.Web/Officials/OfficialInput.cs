using System.ComponentModel.DataAnnotations;

namespace MissileTracker.Web.Officials;

/// <summary>An official as an editor enters them.</summary>
public sealed class OfficialInput
{
    /// <summary>Full name.</summary>
    /// <example>Serhii Bolvinov</example>
    [Required]
    [StringLength(200, MinimumLength = 2)]
    [Display(Name = "Name")]
    public string? Name { get; set; }

    /// <summary>Other spellings seen in reporting, separated by semicolons.</summary>
    [StringLength(500)]
    [Display(Name = "Other names")]
    public string? OtherNames { get; set; }

    /// <summary>Title or role as reported.</summary>
    /// <example>Head of the investigative department, Kharkiv Oblast police</example>
    [Required]
    [StringLength(300)]
    [Display(Name = "Title / role")]
    public string? Role { get; set; }

    /// <summary>Organisation.</summary>
    /// <example>National Police of Ukraine</example>
    [Required]
    [StringLength(200)]
    [Display(Name = "Organisation")]
    public string? Organisation { get; set; }

    /// <summary>Country.</summary>
    /// <example>Ukraine</example>
    [Required]
    [StringLength(100)]
    [Display(Name = "Country")]
    public string? Country { get; set; }

    /// <summary>The version you edited; required on update.</summary>
    [Display(Name = "Version")]
    public int? Version { get; set; }

    /// <summary>Why you made the change (shown in the history).</summary>
    [StringLength(1000)]
    [DataType(DataType.MultilineText)]
    [Display(Name = "Reason")]
    public string? Reason { get; set; }
}
