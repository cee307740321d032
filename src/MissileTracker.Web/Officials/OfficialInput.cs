using System.ComponentModel.DataAnnotations;

namespace MissileTracker.Web.Officials;

/// <summary>An official as an editor enters them.</summary>
public sealed class OfficialInput
{
    /// <summary>Full name.</summary>
    /// <example>Serhii Bolvinov</example>
    [Required]
    [StringLength(200, MinimumLength = 2)]
    public string? Name { get; set; }

    /// <summary>Other spellings seen in reporting, separated by semicolons.</summary>
    [StringLength(500)]
    public string? OtherNames { get; set; }

    /// <summary>Title or role as reported.</summary>
    /// <example>Head of the investigative department, Kharkiv Oblast police</example>
    [Required]
    [StringLength(300)]
    public string? Role { get; set; }

    /// <summary>Organisation.</summary>
    /// <example>National Police of Ukraine</example>
    [Required]
    [StringLength(200)]
    public string? Organisation { get; set; }

    /// <summary>Country.</summary>
    /// <example>Ukraine</example>
    [Required]
    [StringLength(100)]
    public string? Country { get; set; }

    /// <summary>The version you edited; required on update.</summary>
    public int? Version { get; set; }

    /// <summary>Why you made the change (shown in the history).</summary>
    [StringLength(1000)]
    [DataType(DataType.MultilineText)]
    public string? Reason { get; set; }
}
