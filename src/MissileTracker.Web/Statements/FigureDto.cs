namespace MissileTracker.Web.Statements;

/// <summary>A number as the source gave it: the normalized value, its qualifier, the high end of a range, and the source's own words.</summary>
/// <param name="Value">The number (the low end of a range); null when the source gave only words.</param>
/// <param name="Qualifier">Exact, AtLeast ("at least"), AtMost ("up to"), About, MoreThan or Range.</param>
/// <param name="High">The high end of a Range; otherwise null.</param>
/// <param name="Words">The source's own words when they say more than the number ("several dozen", "2 of the 5").</param>
/// <param name="Text">Readable form with the qualifier, e.g. "at least 6", "6–8", "“several dozen” (no number)".</param>
public sealed record FigureDto(int? Value, FigureQualifier Qualifier, int? High, string? Words, string Text)
{
    public static FigureDto From(Figure figure) => new(figure.Value, figure.Qualifier, figure.High, figure.Words, Figures.Format(figure));
}
