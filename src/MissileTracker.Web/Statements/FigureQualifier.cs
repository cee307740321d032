namespace MissileTracker.Web.Statements;

/// <summary>
/// How a source qualified a number: "3", "at least 10", "up to 5", "about 20", "more than 70",
/// "6–8". Stored as its name, so values are only ever added.
/// </summary>
public enum FigureQualifier
{
    Exact,
    AtLeast,
    AtMost,
    About,
    MoreThan,

    /// <summary>A range: the figure's value is the low end and <see cref="Figure.High"/> the high end.</summary>
    Range,
}
