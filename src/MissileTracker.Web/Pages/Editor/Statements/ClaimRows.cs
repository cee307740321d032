using Microsoft.AspNetCore.Mvc.ModelBinding;
using MissileTracker.Web.Statements;

namespace MissileTracker.Web.Pages.Editor.Statements;

/// <summary>
/// One repeatable row of the claim form (a figure or a region). Rows are named by hand, not with
/// asp-for: they bind through "Input.Figures.Index", so a row added or removed in the browser
/// leaves no gap, and after a failed save row i shows the errors of list position i.
/// </summary>
public sealed record ClaimRow<T>(string Index, T Value, IReadOnlyList<string> Errors)
{
    /// <summary>The placeholder index in the row template; the page script replaces it with a fresh number.</summary>
    public const string TemplateIndex = "__i__";
}

public static class ClaimRows
{
    public static IReadOnlyList<ClaimRow<T>> For<T>(IReadOnlyList<T>? rows, string list, ModelStateDictionary modelState, Func<T> blank)
    {
        var shown = (rows ?? []).Append(blank()).ToList();
        return shown.Select((row, i) =>
        {
            var key = $"Input.{list}[{i}]";
            var errors = modelState.Where(e => e.Key.StartsWith(key, StringComparison.Ordinal)).SelectMany(e => e.Value!.Errors).Select(e => e.ErrorMessage).ToList();
            return new ClaimRow<T>(i.ToString(System.Globalization.CultureInfo.InvariantCulture), row, errors);
        }).ToList();
    }
}
