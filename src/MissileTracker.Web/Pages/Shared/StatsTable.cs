using MissileTracker.Web.Stats;

namespace MissileTracker.Web.Pages.Shared;

/// <summary>One statistics table (and the chart drawn from it).</summary>
public sealed record StatsTable(string Id, string Caption, string GroupHeading, IReadOnlyList<StatsBucket> Rows, IReadOnlyList<StatsColumn> Columns, string ChartType = "bar");

/// <summary>A figure column of a <see cref="StatsTable"/>.</summary>
public sealed record StatsColumn(string Heading, Func<StatsBucket, int?> Value)
{
    public static readonly StatsColumn Strikes = new("Strikes", b => b.Strikes);
    public static readonly StatsColumn Missiles = new("Missiles launched", b => b.MissilesLaunched);
    public static readonly StatsColumn Killed = new("Killed", b => b.Killed);
    public static readonly StatsColumn Injured = new("Injured", b => b.Injured);
}
