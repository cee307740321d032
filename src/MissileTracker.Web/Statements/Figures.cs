using System.Globalization;
using MissileTracker.Web.Localization;

namespace MissileTracker.Web.Statements;

/// <summary>
/// Renders a figure with its qualifier: "3", "at least 10", "up to 5", "about 20", "more than 70", "6–8", or "not given";
/// on a Ukrainian page in Ukrainian ("щонайменше 10"). The API and exports are never served under /uk, so their text stays English.
/// </summary>
public static class Figures
{
    public static string Format(int? value, FigureQualifier qualifier = FigureQualifier.Exact) => Format(new Figure(value, qualifier));

    /// <summary>A figure the API may leave out (null): "not given".</summary>
    public static string Format(Figure? figure) => figure is { } f ? Format(f) : Format(Figure.None);

    public static string Format(Figure figure)
    {
        if (figure.Value is not { } number)
        {
            return string.IsNullOrWhiteSpace(figure.Words) ? Text.Of("not given") : Text.Format("“{0}” (no number)", figure.Words);
        }

        var text = Number(number);
        return figure.Qualifier switch
        {
            FigureQualifier.AtLeast => Text.Format("at least {0}", text),
            FigureQualifier.AtMost => Text.Format("up to {0}", text),
            FigureQualifier.About => Text.Format("about {0}", text),
            FigureQualifier.MoreThan => Text.Format("more than {0}", text),
            FigureQualifier.Range when figure.High is { } high => text + "–" + Number(high),
            _ => text,
        };
    }

    // "1,000" in English everywhere (the API's text); the culture's grouping on a Ukrainian page ("1 000").
    private static string Number(int value) =>
        value.ToString("N0", Languages.Current == Languages.English ? CultureInfo.InvariantCulture : CultureInfo.CurrentCulture);
}
