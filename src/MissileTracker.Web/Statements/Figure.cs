using System.Text.Json.Serialization;

namespace MissileTracker.Web.Statements;

/// <summary>
/// A number as a source gave it: the normalized value, its qualifier, the high end of a range,
/// and the source's own words when they say more than the number ("several dozen", "a third of
/// all", "2 of the 5"). A source can give words without a number ("several dozen"): then
/// the value is null and the words hold them.
/// </summary>
/// <remarks>In the API this is the one <c>Figure</c> object: <c>value</c>, <c>qualifier</c>, <c>high</c>, <c>words</c> and the readable <c>text</c>.</remarks>
/// <param name="Value">The number; the low end of a range; null when the source gave none.</param>
/// <param name="Qualifier">How the source qualified it: Exact, AtLeast, AtMost ("up to"), About, MoreThan, or Range (value to high).</param>
/// <param name="High">The high end, for a Range only.</param>
/// <param name="Words">The source's words, when they are not just the number.</param>
public readonly record struct Figure(int? Value, FigureQualifier Qualifier = FigureQualifier.Exact, int? High = null, string? Words = null)
{
    public static Figure None => default;

    public static Figure Exactly(int value) => new(value);

    /// <summary>The figure, or null when the source gave neither a number nor words: how the API leaves a figure out.</summary>
    /// <remarks>A method, not a property: a property returning another figure would make object walkers (serializers, test comparers) recurse.</remarks>
    public Figure? IfGiven() => IsGiven ? this : null;

    /// <summary>Readable form, e.g. "at least 6", "6–8", "“several dozen” (no number)".</summary>
    /// <example>at least 6</example>
    public string Text => Figures.Format(this);

    [JsonIgnore]
    public bool IsGiven => Value is not null || !string.IsNullOrWhiteSpace(Words);

    /// <summary>
    /// The least the source's statement allows, for low totals: "more than 70" is at least 71,
    /// "about 20" counts as 20 (UCDP's "best" estimate; the qualifier marks it), "up to 5" as 0.
    /// </summary>
    [JsonIgnore]
    public int? Low => Value is not { } v ? null : Qualifier switch
    {
        FigureQualifier.MoreThan => v + 1,
        FigureQualifier.AtMost => 0,
        _ => v,
    };

    /// <summary>The most the statement allows, for high totals; null when it sets no upper bound ("at least", "more than") or gives no number.</summary>
    [JsonIgnore]
    public int? HighBound => Value is not { } v ? null : Qualifier switch
    {
        FigureQualifier.AtLeast or FigureQualifier.MoreThan => null,
        FigureQualifier.Range => High,
        _ => v,
    };

    /// <summary>True when the figure is a lower bound only, so a sum that includes it is a lower bound too.</summary>
    [JsonIgnore]
    public bool IsOpenEnded => Value is not null && HighBound is null;

    public override string ToString() => Figures.Format(this);
}
