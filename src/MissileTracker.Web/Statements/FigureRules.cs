using System.ComponentModel.DataAnnotations;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Localization;

namespace MissileTracker.Web.Statements;

/// <summary>The checks every entered figure passes (form, API body, CSV import), and the figure it makes.</summary>
public static class FigureRules
{
    /// <summary>A figure from entered parts: words trimmed, the high end kept for a range only.</summary>
    public static Figure From(int? value, FigureQualifier qualifier, int? high, string? words) =>
        new(value, value is null ? FigureQualifier.Exact : qualifier, qualifier == FigureQualifier.Range ? high : null, InputText.Clean(words));

    /// <summary>Errors keyed by the figure's field (<paramref name="field"/>, its <c>High</c> or <c>Qualifier</c>).</summary>
    public static IEnumerable<ValidationResult> Check(int? value, FigureQualifier qualifier, int? high, string? words, string field)
    {
        if (!Enum.IsDefined(qualifier))
        {
            yield return new(Text.Of("Choose a qualifier from the list."), [field + "Qualifier"]);
        }

        if (qualifier == FigureQualifier.Range && value is not null && high is null)
        {
            yield return new(Text.Of("A range needs its high end."), [field + "High"]);
        }

        if (qualifier == FigureQualifier.Range && high < value)
        {
            yield return new(Text.Of("The high end is below the low end."), [field + "High"]);
        }

        if (high is not null && qualifier != FigureQualifier.Range)
        {
            yield return new(Text.Of("A high end is only for a range; choose \"range\" or clear it."), [field + "High"]);
        }

        if (value is null && qualifier != FigureQualifier.Exact && string.IsNullOrWhiteSpace(words))
        {
            yield return new(Text.Of("Give the number the qualifier belongs to."), [field]);
        }
    }
}
