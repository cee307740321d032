using MissileTracker.Web.Statements;

namespace MissileTracker.Web.Stats;

/// <summary>
/// Counts for one group of strikes. Each figure is totalled as a low and a high bound (as UCDP's low/high):
/// the low total adds each strike's least ("at least 6" adds 6, "more than 6" 7, "up to 5" 0, "about 20" 20),
/// the high total its most ("up to 5" adds 5, a range its high end); the high total is null when some figure
/// sets no upper bound ("at least", "more than", words without a number), so the low total is then only a
/// lower bound ("at least N"). Both are null when no strike in the group gives the figure.
/// </summary>
/// <param name="Key">The group: a month (yyyy-MM), an oblast name, a raion name, a missile type code or an origin status; null for "not reported" (oblast and raion only) and for the total.</param>
/// <param name="Label">Readable name of the group, e.g. "January 2024", "Kharkiv Oblast", "KN-23".</param>
/// <param name="Strikes">Number of strikes.</param>
/// <param name="MissilesLaunchedLow">Low total of missiles launched.</param>
/// <param name="MissilesLaunchedHigh">High total of missiles launched; null when unbounded (or none given).</param>
/// <param name="MissilesInterceptedLow">Low total of missiles intercepted.</param>
/// <param name="MissilesInterceptedHigh">High total of missiles intercepted; null when unbounded (or none given).</param>
/// <param name="KilledLow">Low total of people killed.</param>
/// <param name="KilledHigh">High total of people killed; null when unbounded (or none given).</param>
/// <param name="InjuredLow">Low total of people injured.</param>
/// <param name="InjuredHigh">High total of people injured; null when unbounded (or none given).</param>
public sealed record StatsBucket(
    string? Key,
    string Label,
    int Strikes,
    int? MissilesLaunchedLow,
    int? MissilesLaunchedHigh,
    int? MissilesInterceptedLow,
    int? MissilesInterceptedHigh,
    int? KilledLow,
    int? KilledHigh,
    int? InjuredLow,
    int? InjuredHigh)
{
    /// <summary>A total as readers see it: "not known", "12", "at least 12" (no upper bound), or "12–15".</summary>
    public static string Text(int? low, int? high) => (low, high) switch
    {
        (null, _) => Localization.Text.Of("not known"),
        ({ } l, null) => Localization.Text.Format("at least {0}", Figures.Format(l)),
        ({ } l, { } h) when h == l => Figures.Format(l),
        ({ } l, { } h) => Figures.Format(new Figure(l, FigureQualifier.Range, h)),
    };
}

/// <summary>
/// Strike statistics for a filter, from the tracker's consolidated figures (what each source said is in
/// the statements). Every grouping covers the same strikes, so each adds up to the total, except by raion: a strike at places in several raions counts in each.
/// </summary>
/// <param name="Total">All matching strikes.</param>
/// <param name="ByMonth">By month of the strike date, oldest first.</param>
/// <param name="ByOblast">By oblast, most strikes first; strikes without a reported oblast have key null.</param>
/// <param name="ByRaion">
/// By raion of the places the strikes are linked to (the gazetteer's raion), most strikes first; key and label are the raion
/// name, e.g. "Brovary Raion". A strike linked to places in several raions counts in each, so this grouping can add up to more
/// than the total; strikes with no linked place in a known raion have key null.
/// </param>
/// <param name="ByMissileType">By missile type, most strikes first.</param>
/// <param name="ByOriginStatus">By origin status, in the status order.</param>
public sealed record StrikeStats(StatsBucket Total, IReadOnlyList<StatsBucket> ByMonth, IReadOnlyList<StatsBucket> ByOblast, IReadOnlyList<StatsBucket> ByRaion, IReadOnlyList<StatsBucket> ByMissileType, IReadOnlyList<StatsBucket> ByOriginStatus);
