using System.Globalization;

namespace MissileTracker.Web.Statements;

/// <summary>Renders a figure with its qualifier: "3", "at least 10", "up to 5", "about 20", or "not given".</summary>
public static class Figures
{
    public static string Format(int? value, FigureQualifier qualifier = FigureQualifier.Exact)
    {
        if (value is not { } number)
        {
            return "not given";
        }

        var text = number.ToString("N0", CultureInfo.InvariantCulture);
        return qualifier switch
        {
            FigureQualifier.AtLeast => "at least " + text,
            FigureQualifier.AtMost => "up to " + text,
            FigureQualifier.About => "about " + text,
            _ => text,
        };
    }
}
