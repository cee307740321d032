using MissileTracker.Web.Stats;

namespace MissileTracker.Web.Pages.Shared;

/// <summary>One statistics table (and the chart drawn from it).</summary>
public sealed record StatsTable(string Id, string Caption, string GroupHeading, IReadOnlyList<StatsBucket> Rows, IReadOnlyList<StatsColumn> Columns, string ChartType = "bar")
{
    /// <summary>
    /// A row's name in the page's language. The statistics (cached, and shared with the API) carry English labels;
    /// months, oblasts and catalogue weapons are named again from their keys, the fixed group names through the shared resource.
    /// </summary>
    public static string LabelOf(StatsBucket bucket) => bucket.Key switch
    {
        { } key when DateOnly.TryParseExact(key, "yyyy-MM", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var month) => Labels.Month(month),
        { } key when Weapons.WeaponCatalog.HasLocalName(key) => Weapons.WeaponCatalog.LocalNameOf(key, bucket.Label),
        { } key when Enum.TryParse<Geography.Oblast>(key, out var oblast) && bucket.Label == Geography.Oblasts.NameOf(oblast) => Geography.Oblasts.LocalNameOf(oblast),
        null => Localization.Text.Of(bucket.Label),
        _ => bucket.Label,
    };
}

/// <summary>
/// A figure column of a <see cref="StatsTable"/>: the chart draws <paramref name="Value"/> (the low total), the
/// table shows <paramref name="Text"/> ("at least 12" when some figure sets no upper bound, "12–15" for a range).
/// </summary>
public sealed record StatsColumn(string Heading, Func<StatsBucket, int?> Value, Func<StatsBucket, string> Text)
{
    public static readonly StatsColumn Strikes = new("Strikes", b => b.Strikes, b => b.Strikes.ToString("N0", System.Globalization.CultureInfo.CurrentCulture));
    public static readonly StatsColumn Missiles = new("Missiles launched", b => b.MissilesLaunchedLow, b => StatsBucket.Text(b.MissilesLaunchedLow, b.MissilesLaunchedHigh));
    public static readonly StatsColumn Killed = new("Killed", b => b.KilledLow, b => StatsBucket.Text(b.KilledLow, b.KilledHigh));
    public static readonly StatsColumn Injured = new("Injured", b => b.InjuredLow, b => StatsBucket.Text(b.InjuredLow, b.InjuredHigh));
}
