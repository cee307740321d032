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
        s.WeaponLabel, TypesOf(s), s.OriginClaim, s.MissileCountFigure.IfGiven(), s.MissilesInterceptedFigure.IfGiven(),
        s.KilledFigure.IfGiven(), s.InjuredFigure.IfGiven(), s.DateAsReported, s.LocationAsReported);

    public static IReadOnlyList<WeaponDto> TypesOf(StatementStrike s) =>
        s.WeaponTypes.Select(t => t.Weapon).OrderBy(w => w.Id).Select(WeaponDto.From).ToList();
}

/// <summary>One figure of an aggregate claim, in the source's order.</summary>
/// <param name="Position">Order within the claim, from 0.</param>
/// <param name="Kind">What it counts: Missiles, Launchers, Attacks, Regions, Killed, Injured, Supplied, Launched, Intercepted, Examined, Cases or Other (see unit).</param>
/// <param name="Figure">The number with its qualifier and the source's words.</param>
/// <param name="Unit">What it counts in the source's terms ("cases of use"), when the kind needs words; always set for Other.</param>
/// <param name="WeaponLabel">The weapon as the source labels it, verbatim ("KN-23/KN-24").</param>
/// <param name="Note">An editor's note on the figure.</param>
/// <param name="Text">Readable form, e.g. "at least 24 missiles (KN-23/KN-24)".</param>
public sealed record ClaimFigureDto(int Position, ClaimFigureKind Kind, Figure Figure, string? Unit, string? WeaponLabel, string? Note, string Text)
{
    public static ClaimFigureDto From(ClaimFigure f) =>
        new(f.Position, f.Kind, f.Figure, f.Unit, f.WeaponLabel, f.Note, ClaimTexts.Figure(f.Figure, f.Kind, f.Unit, f.WeaponLabel));
}

/// <summary>A region an aggregate claim names.</summary>
/// <param name="NameAsSaid">The name as the source says it.</param>
/// <param name="Oblast">The oblast it maps to, when it maps to one.</param>
/// <param name="Count">How many times the source counts it ("Kyiv ×3"), when it says.</param>
public sealed record ClaimRegionDto(string NameAsSaid, Geography.Oblast? Oblast, int? Count)
{
    public static ClaimRegionDto From(ClaimRegion r) => new(r.NameAsSaid, r.Oblast, r.Count);
}

/// <summary>An aggregate claim: figures about many strikes or a period, tied to no single strike.</summary>
/// <param name="Figures">Its figures in the source's order (none for a claim that gives no number).</param>
/// <param name="Regions">The regions it names, when the source names them.</param>
/// <param name="PeriodStart">Start of the period covered, when known.</param>
/// <param name="PeriodEnd">End of the period covered; null with a start means an open period ("since 30 Dec 2023").</param>
/// <param name="PeriodAsOf">The date the figures stand at ("as of"), when given.</param>
/// <param name="PeriodNote">The period in the source's terms when it cannot be pinned to dates.</param>
/// <param name="PeriodText">Readable period, e.g. "since 30 Dec 2023" or "as of 1 Feb 2024"; null when no date is given.</param>
/// <param name="Text">Readable form of all figures, e.g. "at least 24 missiles (KN-23/KN-24); at least 12 attacks".</param>
public sealed record AggregateClaim(
    IReadOnlyList<ClaimFigureDto> Figures,
    IReadOnlyList<ClaimRegionDto> Regions,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    DateOnly? PeriodAsOf,
    string? PeriodNote,
    string? PeriodText,
    string Text);

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
/// <param name="Reports">Reports that published the statement; empty exactly when noReportReason is set.</param>
/// <param name="NoReportReason">Why the statement names no published report (e.g. a briefing with no article); null when it names reports.</param>
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
    string? NoReportReason,
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
        s.NoReportReason,
        s.Status,
        s.Version);

    private static AggregateClaim AggregateOf(Statement s)
    {
        var figures = s.Figures.OrderBy(f => f.Position).Select(ClaimFigureDto.From).ToList();
        return new AggregateClaim(
            figures,
            s.Regions.OrderBy(r => r.Position).Select(ClaimRegionDto.From).ToList(),
            s.PeriodStart,
            s.PeriodEnd,
            s.PeriodAsOf,
            s.PeriodNote,
            ClaimTexts.Period(s.PeriodStart, s.PeriodEnd, s.PeriodAsOf),
            string.Join("; ", figures.Select(f => f.Text)));
    }
}
