using System.ComponentModel.DataAnnotations;
using MissileTracker.Web.Geography;

namespace MissileTracker.Web.Statements;

/// <summary>A region an aggregate claim names, as an editor enters it.</summary>
public sealed class ClaimRegionInput
{
    /// <summary>The name as the source says it.</summary>
    /// <example>Kharkiv region</example>
    [Required]
    [StringLength(200)]
    [Display(Name = "Region as said")]
    public string? NameAsSaid { get; set; }

    /// <summary>The oblast it maps to, when it maps to one.</summary>
    /// <example>Kharkiv</example>
    [Display(Name = "Oblast")]
    public Oblast? Oblast { get; set; }

    /// <summary>How many times the source counts it ("Kyiv ×3").</summary>
    [Range(1, 10_000)]
    [Display(Name = "Times")]
    public int? Count { get; set; }

    internal static ClaimRegionInput From(ClaimRegion r) => new() { NameAsSaid = r.NameAsSaid, Oblast = r.Oblast, Count = r.Count };
}
