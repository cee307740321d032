using System.ComponentModel.DataAnnotations;

namespace MissileTracker.Web.Releases;

/// <summary>A reviewer's request to freeze the published data as a new release.</summary>
public sealed class ReleaseInput
{
    /// <summary>The new release's version: 1–32 letters, digits, '.', '-' or '_', starting with a letter or digit; never reused.</summary>
    /// <example>2026.12</example>
    [Required]
    [StringLength(ReleaseVersion.MaxLength)]
    [RegularExpression("^[A-Za-z0-9][A-Za-z0-9._-]*$", ErrorMessage = ReleaseVersion.Rule)]
    [Display(Name = "Version")]
    public string? Version { get; set; }

    /// <summary>Release notes: what changed, what to know before citing it.</summary>
    /// <example>First release with the public record of Dec 2023 – Dec 2024.</example>
    [StringLength(4000)]
    [DataType(DataType.MultilineText)]
    [Display(Name = "Release notes")]
    public string? Notes { get; set; }
}

/// <summary>A reviewer's request to withdraw a release.</summary>
public sealed class ReleaseWithdrawalInput
{
    /// <summary>Why it is withdrawn; shown with the release from now on.</summary>
    /// <example>Strike 12's casualty figures were entered from the wrong report.</example>
    [Required]
    [StringLength(1000, MinimumLength = 3)]
    [DataType(DataType.MultilineText)]
    [Display(Name = "Reason")]
    public string? Reason { get; set; }
}
