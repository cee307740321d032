namespace MissileTracker.Web.Statements;

/// <summary>How a source qualified a number: "3", "at least 10", "up to 5", "about 20".</summary>
public enum FigureQualifier
{
    Exact,
    AtLeast,
    AtMost,
    About,
}
