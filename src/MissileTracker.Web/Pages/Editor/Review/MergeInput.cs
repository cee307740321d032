using System.ComponentModel.DataAnnotations;

namespace MissileTracker.Web.Pages.Editor.Review;

/// <summary>The merge form: which strike stays, why, and that the reviewer checked.</summary>
public sealed class MergeInput
{
    [Required(ErrorMessage = "Give the id of the strike to merge into.")]
    [Range(1, int.MaxValue, ErrorMessage = "Give the id of the strike to merge into.")]
    [Display(Name = "Merge into strike (id)")]
    public int? Into { get; set; }

    [Required(ErrorMessage = "Say why these are the same strike.")]
    [StringLength(1000)]
    [DataType(DataType.MultilineText)]
    [Display(Name = "Why they are the same strike")]
    public string? Reason { get; set; }

    /// <summary>The page's confirmation: a merge moves every link and leaves a tombstone, and the page has no undo.</summary>
    [Display(Name = "I checked both strikes: they are the same event")]
    public bool Confirm { get; set; }
}
