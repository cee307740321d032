using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Officials;
using MissileTracker.Web.Weapons;

namespace MissileTracker.Web.Strikes;

/// <summary>
/// What <see cref="StrikeQueries.ListAsync"/> reads per strike: the strike with only the columns a <see cref="StrikeSummary"/>
/// shows (not its note, history stamps or publication state), its weapon and how many public reports cover it, in the page's
/// query; the officials its public statements quote in one query for the whole page (<see cref="OfficialsAsync"/>).
/// </summary>
/// <remarks>
/// The officials are not a collection in the page's query: EF Core joins a collection as a derived table, which SQLite
/// built for every strike's links before joining the page (about 1 s per page at 100k strikes).
/// </remarks>
internal sealed class StrikeSummaryRow
{
    public required Strike Strike { get; init; }

    public required Weapon Weapon { get; init; }

    public required int ReportCount { get; init; }

    /// <summary>
    /// The projection, for <c>Select</c> after the filter, the order and the page's bounds. The strike is built from the
    /// columns read, so the summary's window, location, date text and figures come from the entity's own members, as for a
    /// strike read whole.
    /// </summary>
    public static readonly Expression<Func<Strike, StrikeSummaryRow>> Of = s => new StrikeSummaryRow
    {
        Strike = new Strike
        {
            Id = s.Id,
            OccurredOn = s.OccurredOn,
            DatePrecision = s.DatePrecision,
            TimeOfDay = s.TimeOfDay,
            EndsOn = s.EndsOn,
            EndTime = s.EndTime,
            Settlement = s.Settlement,
            District = s.District,
            Oblast = s.Oblast,
            Latitude = s.Latitude,
            Longitude = s.Longitude,
            LocationPrecision = s.LocationPrecision,
            OriginCountry = s.OriginCountry,
            OriginStatus = s.OriginStatus,
            MissilesLaunched = s.MissilesLaunched,
            MissilesLaunchedQualifier = s.MissilesLaunchedQualifier,
            MissilesLaunchedHigh = s.MissilesLaunchedHigh,
            MissilesLaunchedWords = s.MissilesLaunchedWords,
            MissilesIntercepted = s.MissilesIntercepted,
            MissilesInterceptedQualifier = s.MissilesInterceptedQualifier,
            MissilesInterceptedHigh = s.MissilesInterceptedHigh,
            MissilesInterceptedWords = s.MissilesInterceptedWords,
            Killed = s.Killed,
            KilledQualifier = s.KilledQualifier,
            KilledHigh = s.KilledHigh,
            KilledWords = s.KilledWords,
            Injured = s.Injured,
            InjuredQualifier = s.InjuredQualifier,
            InjuredHigh = s.InjuredHigh,
            InjuredWords = s.InjuredWords,
            Summary = s.Summary,
            UpdatedAt = s.UpdatedAt,
        },
        Weapon = s.Weapon,
        ReportCount = s.Reports.Count,
    };

    /// <summary>The strike's properties <see cref="Of"/> reads: what the prepared list (<see cref="PublicStrikeListSql"/>) reads too.</summary>
    public static readonly IReadOnlyList<string> StrikeProperties =
        ((MemberInitExpression)((MemberAssignment)((MemberInitExpression)Of.Body).Bindings.Single(b => b.Member.Name == nameof(Strike))).Expression)
            .Bindings.Select(b => b.Member.Name).ToList();

    /// <summary>
    /// The officials quoted about each of <paramref name="strikeIds"/>: each once, by name (ordinal), then id. One query for
    /// the page, starting at the statement links, whose named query filters keep a draft or deleted statement (or strike)
    /// out. The ids travel as one parameter, so the SQL is the same for every page. (Compiled, the query was no cheaper:
    /// EF Core then sends one parameter per id, docs/performance.md, "Fourth pass: the list's own cost".)
    /// </summary>
    public static async Task<ILookup<int, OfficialRef>> OfficialsAsync(TrackerDbContext db, List<int> strikeIds, CancellationToken ct) =>
        ByStrike((await db.StatementStrikes.AsNoTracking()
            .Where(x => EF.Parameter(strikeIds).Contains(x.StrikeId) && x.Statement.OfficialId != null)
            .Select(x => new { x.StrikeId, Official = new OfficialRef(x.Statement.Official!.Id, x.Statement.Official.Name) })
            .ToListAsync(ct))
            .Select(x => (x.StrikeId, x.Official)));

    /// <summary>Each strike's officials from (strike, official) pairs: each once, by name (ordinal), then id.</summary>
    public static ILookup<int, OfficialRef> ByStrike(IEnumerable<(int StrikeId, OfficialRef Official)> quoted) =>
        quoted.Distinct().OrderBy(r => r.Official.Name, StringComparer.Ordinal).ThenBy(r => r.Official.Id).ToLookup(r => r.StrikeId, r => r.Official);

    /// <summary>The summary, with the strike's officials from <see cref="OfficialsAsync"/>.</summary>
    public StrikeSummary ToSummary(IEnumerable<OfficialRef> officials)
    {
        var s = Strike;
        return new StrikeSummary(s.Id, s.OccurredOn, s.DatePrecision, s.Date.ToString(), s.TimeOfDay, StrikeWindow.Of(s), StrikeLocation.Of(s),
            WeaponDto.From(Weapon), s.OriginCountry, s.OriginStatus, s.MissilesLaunchedFigure.IfGiven(), s.MissilesInterceptedFigure.IfGiven(),
            s.KilledFigure.IfGiven(), s.InjuredFigure.IfGiven(), s.Summary, officials.ToList(), ReportCount, s.UpdatedAt);
    }
}
