using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Strikes;

/// <summary>
/// Which strikes to read, for every reader alike: the timeline, the API list, the exports,
/// the feed and the statistics all pass through <see cref="Where"/>. Values within one list
/// are alternatives (OR); different filters must all hold (AND). A strike matches the date range
/// when its window overlaps it (a single day is a one-day window; a month-precision strike counts
/// as the 1st). Name matches ignore case.
/// </summary>
public sealed partial record StrikeFilter
{
    public static StrikeFilter None { get; } = new();

    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public IReadOnlyList<Oblast> Oblasts { get; init; } = [];
    public IReadOnlyList<string> Settlements { get; init; } = [];

    /// <summary>Strikes recorded at one of these places (tracker place ids).</summary>
    public IReadOnlyList<int> PlaceIds { get; init; } = [];

    /// <summary>
    /// Strikes linked to a place in one of these raions. The strike's own District is free text that may name
    /// a city district or spell the raion another way, so only the places' gazetteer raions are compared.
    /// </summary>
    public IReadOnlyList<string> Raions { get; init; } = [];
    public IReadOnlyList<string> WeaponCodes { get; init; } = [];
    public IReadOnlyList<OriginStatus> Statuses { get; init; } = [];

    /// <summary>Strikes that a statement by one of these officials refers to.</summary>
    public IReadOnlyList<int> OfficialIds { get; init; } = [];

    /// <summary>Strikes that a statement made on behalf of one of these organisations refers to.</summary>
    public IReadOnlyList<string> Organisations { get; init; } = [];

    /// <summary>Strikes covered by a report from one of these outlets.</summary>
    public IReadOnlyList<string> Outlets { get; init; } = [];

    public bool? HasCoordinates { get; init; }

    /// <summary>Casualty ranges, inclusive; a strike whose figure is unknown fails any bound on it.</summary>
    public int? KilledMin { get; init; }
    public int? KilledMax { get; init; }
    public int? InjuredMin { get; init; }
    public int? InjuredMax { get; init; }

    /// <summary>Free text: every term (or "quoted phrase") must occur in the summary, the place or a quote.</summary>
    public string? Text { get; init; }

    public DateTime? UpdatedSince { get; init; }
    public StrikeSort Sort { get; init; } = StrikeSort.DateDescending;

    /// <summary>The terms of <see cref="Text"/>: words, or phrases in double quotes.</summary>
    public IReadOnlyList<string> Terms =>
        Text is null ? [] : TermPattern().Matches(Text).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)
            .Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The filtered strikes, in <see cref="Sort"/> order.</summary>
    public IQueryable<Strike> Apply(IQueryable<Strike> strikes) => Where(strikes).OrderBy(Sort);

    /// <summary>The filtered strikes, unordered (for counts and aggregates).</summary>
    // ToLower() is translated to SQL LOWER(); culture overloads and string.Equals(comparison) do not translate.
#pragma warning disable CA1304, CA1311, CA1862
    public IQueryable<Strike> Where(IQueryable<Strike> strikes, TextMatch textMatch = TextMatch.Like)
    {
        if (From is { } from)
        {
            // A window that started before the range still overlaps it when it ends in it. Windows span at most
            // MaxWindowDays, so the start date's bound comes first, outside the OR: SQLite then walks one date index in
            // order and stops after a page. With the OR outermost it merged two index scans and sorted every match
            // (a year of one oblast: 280 ms instead of 0.1 ms at 100k strikes, docs/performance.md).
            var earliestStart = from.AddDays(-StrikeDate.MaxWindowDays);
            strikes = strikes.Where(s => s.OccurredOn >= earliestStart && (s.OccurredOn >= from || (s.EndsOn != null && s.EndsOn >= from)));
        }

        if (To is { } to)
        {
            strikes = strikes.Where(s => s.OccurredOn <= to);
        }

        // A single value is compared with "=": EF Core caches that SQL, whereas a list is expanded into
        // the SQL again on every execution (a sixth of a list request's CPU time in the benchmark).
        if (Oblasts.Count == 1)
        {
            var oblast = (Oblast?)Oblasts[0];
            strikes = strikes.Where(s => s.Oblast == oblast);
        }
        else if (Oblasts.Count > 1)
        {
            var oblasts = Oblasts.Select(o => (Oblast?)o).ToList();
            strikes = strikes.Where(s => oblasts.Contains(s.Oblast));
        }

        if (Settlements.Count > 0)
        {
            var settlements = Lowered(Settlements);
            strikes = strikes.Where(s => s.Settlement != null && settlements.Contains(s.Settlement.ToLower()));
        }

        if (WeaponCodes.Count == 1)
        {
            var code = WeaponCodes[0];
            strikes = strikes.Where(s => s.Weapon.Code == code);
        }
        else if (WeaponCodes.Count > 1)
        {
            strikes = strikes.Where(s => WeaponCodes.Contains(s.Weapon.Code));
        }

        if (Statuses.Count == 1)
        {
            var status = Statuses[0];
            strikes = strikes.Where(s => s.OriginStatus == status);
        }
        else if (Statuses.Count > 1)
        {
            strikes = strikes.Where(s => Statuses.Contains(s.OriginStatus));
        }

        if (PlaceIds.Count > 0)
        {
            var places = PlaceIds;
            strikes = strikes.Where(s => s.Places.Any(p => places.Contains(p.PlaceId)));
        }

        if (Raions.Count > 0)
        {
            var raions = Lowered(Raions);
            strikes = strikes.Where(s => s.Places.Any(p => p.Place.Raion != null && raions.Contains(p.Place.Raion.ToLower())));
        }

        if (OfficialIds.Count > 0)
        {
            var officials = OfficialIds.Select(id => (int?)id).ToList();
            strikes = strikes.Where(s => s.Statements.Any(x => officials.Contains(x.Statement.OfficialId)));
        }

        if (Organisations.Count > 0)
        {
            var organisations = Lowered(Organisations);
            strikes = strikes.Where(s => s.Statements.Any(x => organisations.Contains(x.Statement.Organisation.ToLower())));
        }

        if (Outlets.Count > 0)
        {
            var outlets = Lowered(Outlets);
            strikes = strikes.Where(s => s.Reports.Any(r => outlets.Contains(r.Report.Outlet.ToLower())));
        }

        if (HasCoordinates is { } hasCoordinates)
        {
            strikes = hasCoordinates
                ? strikes.Where(s => s.Latitude != null && s.Longitude != null)
                : strikes.Where(s => s.Latitude == null || s.Longitude == null);
        }

        if (KilledMin is { } killedMin)
        {
            strikes = strikes.Where(s => s.Killed >= killedMin);
        }

        if (KilledMax is { } killedMax)
        {
            strikes = strikes.Where(s => s.Killed <= killedMax);
        }

        if (InjuredMin is { } injuredMin)
        {
            strikes = strikes.Where(s => s.Injured >= injuredMin);
        }

        if (InjuredMax is { } injuredMax)
        {
            strikes = strikes.Where(s => s.Injured <= injuredMax);
        }

        foreach (var term in Terms)
        {
            // LIKE ignores case for ASCII letters in SQLite; the escape keeps % and _ literal.
            var pattern = "%" + term.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal)
                .Replace("_", @"\_", StringComparison.Ordinal) + "%";
            // PostgreSQL's LIKE is case-sensitive; ILIKE is its equivalent of SQLite's LIKE.
            strikes = textMatch == TextMatch.ILike
                ? strikes.Where(s =>
                    EF.Functions.ILike(s.Summary, pattern, @"\")
                    || EF.Functions.ILike(s.Settlement ?? "", pattern, @"\")
                    || EF.Functions.ILike(s.District ?? "", pattern, @"\")
                    || s.Statements.Any(x => EF.Functions.ILike(x.Statement.Quote, pattern, @"\")
                        || EF.Functions.ILike(x.LocationAsReported ?? "", pattern, @"\")))
                : strikes.Where(s =>
                    EF.Functions.Like(s.Summary, pattern, @"\")
                    || EF.Functions.Like(s.Settlement ?? "", pattern, @"\")
                    || EF.Functions.Like(s.District ?? "", pattern, @"\")
                    || s.Statements.Any(x => EF.Functions.Like(x.Statement.Quote, pattern, @"\")
                        || EF.Functions.Like(x.LocationAsReported ?? "", pattern, @"\")));
        }

        if (UpdatedSince is { } since)
        {
            strikes = strikes.Where(s => s.UpdatedAt >= since);
        }

        return strikes;
    }
#pragma warning restore CA1304, CA1311, CA1862

#pragma warning disable CA1308 // SQL LOWER() yields lower case, so the values compared with it must be lower case too.
    private static List<string> Lowered(IEnumerable<string> values) => values.Select(v => v.ToLowerInvariant()).ToList();
#pragma warning restore CA1308

    [GeneratedRegex("\"([^\"]*)\"|([^\\s\"]+)")]
    private static partial Regex TermPattern();
}
