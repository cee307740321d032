using MissileTracker.Web.Statements;

namespace MissileTracker.Web.Data.Reference;

/// <summary>
/// How the dataset's statement fields map onto the model: figures, weapon labels and claims. The dataset carries more
/// than some columns hold (a figure's words, a weapon set, several figures per claim); each is mapped where the model
/// has a place for it.
/// </summary>
internal static class ReferenceMapping
{
    public static void ApplyFigures(StatementStrike link, ReferenceStatementStrike shipped, IReadOnlyDictionary<string, int> weapons)
    {
        link.WeaponId = CatalogueWeapon(shipped.Weapons ?? []) is { } code
            ? weapons.TryGetValue(code, out var id) ? id : null
            : null;
        (link.MissileCount, link.MissileCountQualifier) = Number(shipped.Missiles);
        link.MissilesIntercepted = shipped.Intercepted?.Value;
        (link.Killed, link.KilledQualifier) = Number(shipped.Killed);
        (link.Injured, link.InjuredQualifier) = Number(shipped.Injured);
        link.DateAsReported = shipped.DateAsReported;
        link.LocationAsReported = shipped.LocationAsReported;
    }

    /// <summary>
    /// A statement about a day with no place, or a claim about many strikes, is an aggregate statement: its period, its
    /// figures and the regions it names, each kept in the source's order (updated in place by position).
    /// </summary>
    public static void ApplyClaim(Statement statement, ReferenceClaim? claim)
    {
        statement.IsAggregate = claim is not null;
        statement.PeriodStart = claim?.Period.Start;
        statement.PeriodEnd = claim?.Period.End;
        statement.PeriodAsOf = claim?.Period.AsOf;
        statement.PeriodNote = claim?.Period.Note;

        var figures = claim?.Figures ?? [];
        statement.Figures.RemoveAll(f => f.Position >= figures.Count);
        for (var i = 0; i < figures.Count; i++)
        {
            var figure = statement.Figures.FirstOrDefault(f => f.Position == i);
            if (figure is null)
            {
                figure = new ClaimFigure { Statement = statement, Position = i };
                statement.Figures.Add(figure);
            }

            figure.Kind = figures[i].Kind;
            figure.Figure = figures[i].ToFigure();
            figure.Unit = figures[i].Unit;
            figure.WeaponLabel = figures[i].WeaponLabel;
            figure.Note = figures[i].Note;
        }

        var regions = claim?.Regions ?? [];
        statement.Regions.RemoveAll(r => r.Position >= regions.Count);
        for (var i = 0; i < regions.Count; i++)
        {
            var region = statement.Regions.FirstOrDefault(r => r.Position == i);
            if (region is null)
            {
                region = new ClaimRegion { Statement = statement, Position = i, NameAsSaid = regions[i].NameAsSaid };
                statement.Regions.Add(region);
            }

            region.NameAsSaid = regions[i].NameAsSaid;
            region.Oblast = regions[i].Oblast;
            region.Count = regions[i].Count;
        }
    }

    /// <summary>The one catalogue entry a weapon set stands for, while a statement holds a single weapon.</summary>
    public static string? CatalogueWeapon(IReadOnlyList<string> set) => set.Order(StringComparer.Ordinal).ToArray() switch
    {
        [var one] => one,
        ["kn-23", "kn-24"] => "hwasong-11",
        ["iskander-m", "kn-23"] => "iskander-m-or-kn-23",
        _ => null,
    };

    private static (int? Value, FigureQualifier Qualifier) Number(ReferenceFigure? figure) =>
        figure?.Value is { } value ? (value, figure.Qualifier) : (null, FigureQualifier.Exact);
}

/// <summary>The title of a shipped report: the headline where a stored copy gives one, else a visible placeholder (the notes give no headlines).</summary>
public static class ReferenceTitles
{
    public const string NotRecorded = "(headline not recorded)";

    public const string PartialAddress = "(headline not recorded; the address is recorded only in part)";

    public static string Of(ReferenceReport report) =>
        report.Title ?? (report.UrlNote is { } note && note.Contains("(partial)", StringComparison.Ordinal) ? PartialAddress : NotRecorded);
}
