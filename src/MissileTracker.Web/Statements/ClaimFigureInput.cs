using System.ComponentModel.DataAnnotations;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Localization;

namespace MissileTracker.Web.Statements;

/// <summary>One figure of an aggregate claim as an editor enters it.</summary>
public sealed class ClaimFigureInput : IValidatableObject
{
    /// <summary>What it counts: Missiles, Launchers, Attacks, Regions, Killed, Injured, Supplied, Launched, Intercepted, Examined, Cases or Other (then give unit).</summary>
    /// <example>Missiles</example>
    [Required]
    [Display(Name = "What it counts")]
    public ClaimFigureKind? Kind { get; set; }

    /// <summary>The number (the low end of a range); omit it when the source gives only words.</summary>
    /// <example>24</example>
    [Range(0, InputRules.MaxCount)]
    [Display(Name = "Number")]
    public int? Value { get; set; }

    /// <summary>Exact, AtLeast ("at least"), AtMost ("up to"), About, MoreThan or Range (then give high).</summary>
    /// <example>AtLeast</example>
    [Display(Name = "Qualifier")]
    public FigureQualifier Qualifier { get; set; }

    /// <summary>The high end of a Range.</summary>
    [Range(0, InputRules.MaxCount)]
    [Display(Name = "High end")]
    public int? High { get; set; }

    /// <summary>The source's own words when they say more than the number ("several dozen", "a third of all").</summary>
    [StringLength(200)]
    [Display(Name = "Words as said")]
    public string? Words { get; set; }

    /// <summary>What it counts in the source's terms ("cases of use"); required for Other.</summary>
    [StringLength(200)]
    [Display(Name = "Unit as said")]
    public string? Unit { get; set; }

    /// <summary>The weapon as the source labels it, verbatim.</summary>
    /// <example>KN-23/KN-24</example>
    [StringLength(200)]
    [Display(Name = "Weapon as labelled")]
    public string? WeaponLabel { get; set; }

    /// <summary>An editor's note on the figure.</summary>
    [StringLength(500)]
    [Display(Name = "Note")]
    public string? Note { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Value is null && string.IsNullOrWhiteSpace(Words) && string.IsNullOrWhiteSpace(Unit))
        {
            yield return new(Text.Of("Give the number, or the source's words when it gives none."), [nameof(Value)]);
        }

        if (Qualifier == FigureQualifier.Range)
        {
            if (Value is null || High is null)
            {
                yield return new(Text.Of("A range needs both ends: the number (low) and the high end."), [nameof(High)]);
            }
            else if (High < Value)
            {
                yield return new(Text.Of("The high end is below the low end."), [nameof(High)]);
            }
        }
        else if (High is not null)
        {
            yield return new(Text.Of("A high end belongs to a range: choose the qualifier \"range\", or leave the high end empty."), [nameof(Qualifier)]);
        }

        if (Value is null && Qualifier is not (FigureQualifier.Exact or FigureQualifier.Range))
        {
            yield return new(Text.Of("A qualifier needs a number to qualify."), [nameof(Qualifier)]);
        }

        if (Kind == ClaimFigureKind.Other && string.IsNullOrWhiteSpace(Unit))
        {
            yield return new(Text.Of("Say what the figure counts."), [nameof(Unit)]);
        }
    }

    internal static ClaimFigureInput From(ClaimFigure f) => new()
    {
        Kind = f.Kind, Value = f.Value, Qualifier = f.Qualifier, High = f.High, Words = f.Words, Unit = f.Unit, WeaponLabel = f.WeaponLabel, Note = f.Note,
    };
}
