using MissileTracker.Web.Officials;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Reports;
using MissileTracker.Web.Strikes;
using MissileTracker.Web.Weapons;

namespace MissileTracker.Web.Statements;

/// <summary>The weapon and figures one statement gives for one strike, as the source gave them.</summary>
/// <param name="WeaponLabel">The weapon as this source words it, verbatim ("KN-23 or KN-24", "drone").</param>
/// <param name="MissileTypes">The catalogue types the label stands for; empty when the source names no type.</param>
/// <param name="OriginClaim">Where this source says the weapon was made: NotStated, NorthKorea, Russia, Other or Denied.</param>
/// <param name="MissileCount">Missiles the source attributes to this strike.</param>
/// <param name="MissilesIntercepted">Missiles intercepted, per this source.</param>
/// <param name="Killed">People killed, per this source.</param>
/// <param name="Injured">People injured, per this source.</param>
/// <param name="DateAsReported">The date in the source's own words, e.g. "on the 6th".</param>
/// <param name="LocationAsReported">The place in the source's own words.</param>
public sealed record ClaimedFigures(
    string? WeaponLabel,
    IReadOnlyList<WeaponDto> MissileTypes,
    OriginClaim OriginClaim,
    Figure? MissileCount,
    Figure? MissilesIntercepted,
    Figure? Killed,
    Figure? Injured,
    string? DateAsReported,
    string? LocationAsReported)
{
    /// <summary>Maps a link loaded with its weapon types and their weapons.</summary>
    public static ClaimedFigures From(StatementStrike s) => new(
        s.WeaponLabel, TypesOf(s), s.OriginClaim, s.MissileCountFigure.IfGiven, s.MissilesInterceptedFigure.IfGiven,
        s.KilledFigure.IfGiven, s.InjuredFigure.IfGiven, s.DateAsReported, s.LocationAsReported);

    public static IReadOnlyList<WeaponDto> TypesOf(StatementStrike s) =>
        s.WeaponTypes.Select(t => t.Weapon).OrderBy(w => w.Id).Select(WeaponDto.From).ToList();
}

/// <summary>An aggregate claim: a figure about many strikes or a period, tied to no single strike.</summary>
/// <param name="Count">The figure, e.g. 10; null when the claim gives none.</param>
/// <param name="CountQualifier">Exact, AtLeast, AtMost or About.</param>
/// <param name="Unit">What is counted, e.g. "cases of North Korean missiles used on the battlefield".</param>
/// <param name="PeriodStart">Start of the period covered, when known.</param>
/// <param name="PeriodEnd">End of the period covered, when known.</param>
/// <param name="PeriodNote">The period in the source's terms when it cannot be pinned to dates.</param>
/// <param name="Text">Readable form, e.g. "at least 10 cases of …".</param>
public sealed record AggregateClaim(int? Count, FigureQualifier CountQualifier, string? Unit, DateOnly? PeriodStart, DateOnly? PeriodEnd, string? PeriodNote, string Text);

/// <summary>A strike a statement refers to, with the figures it gives for it.</summary>
/// <param name="Strike">The strike.</param>
/// <param name="Figures">The figures as this statement gives them.</param>
public sealed record StatementStrikeDto(StrikeRef Strike, ClaimedFigures Figures);

/// <summary>A statement (claim): who said what, when, where it was published, and what it claims.</summary>
/// <param name="Id">The statement's id.</param>
/// <param name="Official">Who said it; null for an organisation's statement with no named official.</param>
/// <param name="Organisation">On whose behalf it was said.</param>
/// <param name="StatedOn">When it was said; null when the reports do not give it.</param>
/// <param name="StatedAt">Kyiv local time it was said, when known.</param>
/// <param name="StatedOnNote">How the date was established, or why it is unknown.</param>
/// <param name="IsPreliminary">True when the source called it preliminary.</param>
/// <param name="Quote">The words as published.</param>
/// <param name="QuoteKind">Direct (own words) or Paraphrase (retold by the report).</param>
/// <param name="Aggregate">The aggregate claim, when the statement is one; otherwise null.</param>
/// <param name="Strikes">Strikes the statement refers to, with its figures for each.</param>
/// <param name="Reports">Reports that published the statement.</param>
/// <param name="Status">Published, or Draft (staff reads only).</param>
/// <param name="Version">Concurrency version: send it back with an update.</param>
public sealed record StatementDto(
    int Id,
    OfficialRef? Official,
    string Organisation,
    DateOnly? StatedOn,
    TimeOnly? StatedAt,
    string? StatedOnNote,
    bool IsPreliminary,
    string Quote,
    QuoteKind QuoteKind,
    AggregateClaim? Aggregate,
    IReadOnlyList<StatementStrikeDto> Strikes,
    IReadOnlyList<ReportRef> Reports,
    PublicationStatus Status,
    int Version)
{
    /// <summary>Maps a statement loaded with <see cref="StatementQueryExtensions.WithEvidence"/>.</summary>
    public static StatementDto From(Statement s) => new(
        s.Id,
        s.Official is null ? null : OfficialRef.From(s.Official),
        s.Organisation,
        s.StatedOn,
        s.StatedAt,
        s.StatedOnNote,
        s.IsPreliminary,
        s.Quote,
        s.QuoteKind,
        s.IsAggregate ? AggregateOf(s) : null,
        s.Strikes.OrderByDescending(x => x.Strike.OccurredOn)
            .Select(x => new StatementStrikeDto(StrikeRef.From(x.Strike), ClaimedFigures.From(x))).ToList(),
        s.Reports.Select(r => ReportRef.From(r.Report)).OrderBy(r => r.Outlet, StringComparer.Ordinal).ToList(),
        s.Status,
        s.Version);

    private static AggregateClaim AggregateOf(Statement s)
    {
        var text = s.ClaimedCount is null
            ? s.ClaimedUnit ?? ""
            : $"{Figures.Format(s.ClaimedCount, s.ClaimedCountQualifier)} {s.ClaimedUnit}".TrimEnd();
        return new AggregateClaim(s.ClaimedCount, s.ClaimedCountQualifier, s.ClaimedUnit, s.PeriodStart, s.PeriodEnd, s.PeriodNote, text);
    }
}
