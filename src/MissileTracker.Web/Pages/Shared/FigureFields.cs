using MissileTracker.Web.Localization;
using MissileTracker.Web.Statements;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.Pages.Shared;

/// <summary>
/// One figure's inputs on a form (value, qualifier, high end, the source's words), for the <c>_FigureFields</c>
/// partial. <paramref name="Name"/> is the bound name of the value, e.g. <c>Input.Killed</c>; the other
/// inputs are named <c>…Qualifier</c>, <c>…High</c> and <c>…Words</c>, as the input classes declare them.
/// </summary>
public sealed record FigureFields(string Name, string Label, int? Value, FigureQualifier Qualifier, int? High, string? Words, bool Small = false)
{
    /// <summary>An element id from the bound name ("Rows[0].Figures.Killed" → "Rows_0__Figures_Killed"), as ASP.NET Core makes them.</summary>
    public string Id(string suffix = "") => (Name + suffix).Replace('.', '_').Replace('[', '_').Replace(']', '_');

    /// <summary>The strike form's consolidated figures.</summary>
    public static IReadOnlyList<FigureFields> Of(StrikeInput f, string prefix = "Input.") =>
    [
        new(prefix + nameof(f.MissilesLaunched), Text.Of("Missiles launched"), f.MissilesLaunched, f.MissilesLaunchedQualifier, f.MissilesLaunchedHigh, f.MissilesLaunchedWords),
        new(prefix + nameof(f.MissilesIntercepted), Text.Of("Missiles intercepted"), f.MissilesIntercepted, f.MissilesInterceptedQualifier, f.MissilesInterceptedHigh, f.MissilesInterceptedWords),
        new(prefix + nameof(f.Killed), Text.Of("Killed"), f.Killed, f.KilledQualifier, f.KilledHigh, f.KilledWords),
        new(prefix + nameof(f.Injured), Text.Of("Injured"), f.Injured, f.InjuredQualifier, f.InjuredHigh, f.InjuredWords),
    ];

    /// <summary>One source's figures for one strike on the statement form.</summary>
    public static IReadOnlyList<FigureFields> Of(StatementStrikeInput f, string prefix) =>
    [
        new(prefix + nameof(f.MissileCount), Text.Of("Missiles"), f.MissileCount, f.MissileCountQualifier, f.MissileCountHigh, f.MissileCountWords, Small: true),
        new(prefix + nameof(f.MissilesIntercepted), Text.Of("Intercepted"), f.MissilesIntercepted, f.MissilesInterceptedQualifier, f.MissilesInterceptedHigh, f.MissilesInterceptedWords, Small: true),
        new(prefix + nameof(f.Killed), Text.Of("Killed"), f.Killed, f.KilledQualifier, f.KilledHigh, f.KilledWords, Small: true),
        new(prefix + nameof(f.Injured), Text.Of("Injured"), f.Injured, f.InjuredQualifier, f.InjuredHigh, f.InjuredWords, Small: true),
    ];
}
