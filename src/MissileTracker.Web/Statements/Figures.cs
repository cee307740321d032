using System.Globalization;

namespace MissileTracker.Web.Statements;

/// <summary>Renders a figure with its qualifier: "3", "at least 10", "up to 5", "about 20", "more than 70", "6–8", or "not given".</summary>
public static class Figures
{
    public static string Format(int? value, FigureQualifier qualifier = FigureQualifier.Exact) => Format(new Figure(value, qualifier));

    /// <summary>A figure the API may leave out (null): "not given".</summary>
    public static string Format(Figure? figure) => figure is { } f ? Format(f) : Format(Figure.None);

    public static string Format(Figure figure)
    {
        if (figure.Value is not { } number)
        {
            return string.IsNullOrWhiteSpace(figure.Words) ? "not given" : $"“{figure.Words}” (no number)";
        }

        var text = Number(number);
        return figure.Qualifier switch
        {
            FigureQualifier.AtLeast => "at least " + text,
            FigureQualifier.AtMost => "up to " + text,
            FigureQualifier.About => "about " + text,
            FigureQualifier.MoreThan => "more than " + text,
            FigureQualifier.Range when figure.High is { } high => text + "–" + Number(high),
            _ => text,
        };
    }

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
