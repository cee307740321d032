namespace MissileTracker.Web.Statements;

/// <summary>
/// One figure of an aggregate claim: "at least 24 missiles (KN-23/KN-24)", "at least 12 attacks",
/// "7 regions". A claim holds any number of them, in the order the source gives them.
/// </summary>
public sealed class ClaimFigure
{
    public int Id { get; set; }
    public int StatementId { get; set; }
    public Statement Statement { get; set; } = null!;

    /// <summary>Order within the claim, from 0.</summary>
    public int Position { get; set; }

    public ClaimFigureKind Kind { get; set; }

    // The figure's parts are flat columns (Value, Qualifier, High, Words) so they read the same in SQL as a strike's.
    public int? Value { get; set; }
    public FigureQualifier Qualifier { get; set; }
    public int? High { get; set; }
    public string? Words { get; set; }

    /// <summary>What it counts in the source's terms, when the kind needs words ("cases of use") or is <see cref="ClaimFigureKind.Other"/>.</summary>
    public string? Unit { get; set; }

    /// <summary>The weapon as the source labels it, verbatim ("KN-23/KN-24").</summary>
    public string? WeaponLabel { get; set; }

    public string? Note { get; set; }

    /// <summary>The number as the source gave it.</summary>
    public Figure Figure
    {
        get => new(Value, Qualifier, High, Words);
        set => (Value, Qualifier, High, Words) = (value.Value, value.Qualifier, value.High, value.Words);
    }
}
