using MissileTracker.Web.Statements;

namespace MissileTracker.Web.Data.Reference;

/// <summary>
/// How the dataset's statement fields map onto the model: each figure as a <see cref="Figure"/> (value, qualifier, high end,
/// the source's words), the weapon label verbatim with the catalogue set it stands for, where the source says the weapon
/// was made, and a claim's figures and regions in the source's order.
/// </summary>
internal static class ReferenceMapping
{
    public static void ApplyFigures(StatementStrike link, ReferenceStatementStrike shipped, IReadOnlyDictionary<string, int> weapons, string owner)
    {
        link.WeaponLabel = shipped.WeaponLabel;
        var wanted = (shipped.Weapons ?? []).Select(code => weapons.TryGetValue(code, out var id) ? id
            : throw new InvalidOperationException($"{owner}: no weapon {code} in the catalogue.")).ToHashSet();
        link.WeaponTypes.RemoveAll(w => !wanted.Contains(w.WeaponId));
        foreach (var id in wanted.Where(id => link.WeaponTypes.All(w => w.WeaponId != id)))
        {
            link.WeaponTypes.Add(new StatementStrikeWeapon { StatementStrike = link, WeaponId = id });
        }

        link.OriginClaim = shipped.OriginClaim;
        link.MissileCountFigure = FigureOf(shipped.Missiles);
        link.MissilesInterceptedFigure = FigureOf(shipped.Intercepted);
        link.KilledFigure = FigureOf(shipped.Killed);
        link.InjuredFigure = FigureOf(shipped.Injured);
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

    public static Figure FigureOf(ReferenceFigure? figure) => figure?.ToFigure() ?? Figure.None;
}

/// <summary>The title of a shipped report: the headline where a stored copy gives one, else a visible placeholder (the notes give no headlines).</summary>
public static class ReferenceTitles
{
    public const string NotRecorded = "(headline not recorded)";

    public const string PartialAddress = "(headline not recorded; the address is recorded only in part)";

    public static string Of(ReferenceReport report) =>
        report.Title ?? (report.UrlNote is { } note && note.Contains("(partial)", StringComparison.Ordinal) ? PartialAddress : NotRecorded);
}
