namespace MissileTracker.Web.Stats;

/// <summary>Counts for one group of strikes. Sums add the known figures; null when no strike in the group has one.</summary>
/// <param name="Key">The group: a month (yyyy-MM), an oblast name, a raion name, a missile type code or an origin status; null for "not reported" (oblast and raion only) and for the total.</param>
/// <param name="Label">Readable name of the group, e.g. "January 2024", "Kharkiv Oblast", "KN-23".</param>
/// <param name="Strikes">Number of strikes.</param>
/// <param name="MissilesLaunched">Sum of known missiles launched.</param>
/// <param name="MissilesIntercepted">Sum of known missiles intercepted.</param>
/// <param name="Killed">Sum of known people killed.</param>
/// <param name="Injured">Sum of known people injured.</param>
public sealed record StatsBucket(string? Key, string Label, int Strikes, int? MissilesLaunched, int? MissilesIntercepted, int? Killed, int? Injured);

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
