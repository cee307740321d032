using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using MissileTracker.Web.Claims;
using MissileTracker.Web.Pages.Shared;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Stats;
using MissileTracker.Web.Strikes;
using MissileTracker.Web.Places;
using MissileTracker.Web.Weapons;

namespace MissileTracker.Web.Pages;

/// <summary>
/// Charts of <c>GET /api/v1/stats</c> for the timeline's filters. Each chart is drawn by charts.js from
/// the table below it, so the table is both the chart's data and its accessible, copyable form.
/// </summary>
public sealed class StatsModel(StrikeStatsQueries stats, ClaimQueries claims, WeaponList weaponList, RaionList raionList) : QueryPageModel
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public StrikeFilterParameters Query { get; private set; } = new();
    public IReadOnlyList<WeaponDto> Weapons { get; private set; } = [];
    public IReadOnlyList<string> Raions { get; private set; } = [];
    public StrikeStats? Stats { get; private set; }

    /// <summary>Every month from the first strike to the last, with empty months as zero strikes, so the axis is true to time.</summary>
    public IReadOnlyList<StatsBucket> Months { get; private set; } = [];
    /// <summary>The dated aggregate claims' figures, one chart per kind of figure (missiles, attacks, people killed…; "other" figures per unit, so containers and cases never share an axis).</summary>
    public IReadOnlyList<IGrouping<(Web.Statements.ClaimFigureKind Kind, string? Unit), ClaimPoint>> ClaimCharts { get; private set; } = [];

    public StrikeFilterForm FilterForm => new(Query, Weapons, Raions, Errors, StrikeFilterForm.AnyFilter(Request), "/Stats");

    public async Task OnGetAsync([FromQuery] StrikeFilterParameters query, CancellationToken ct)
    {
        Query = query;
        Weapons = await weaponList.AllAsync(ct);
        Raions = await raionList.AllAsync(ct);
        if (!await ParseQueryAsync(ct, query))
        {
            return;
        }

        var filter = query.Filter;

        Stats = await stats.GetAsync(filter, ct);
        // Claims are not strikes: the strike filters do not apply to them, and the page says so.
        ClaimCharts = (await claims.PointsAsync(ct))
            .GroupBy(p => (p.Kind, Unit: p.Kind == Web.Statements.ClaimFigureKind.Other ? p.Unit : null))
            .OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.Unit, StringComparer.Ordinal)
            .ToList();
        Months = FillMonths(Stats.ByMonth);
    }

    public static IReadOnlyList<StatsBucket> FillMonths(IReadOnlyList<StatsBucket> byMonth)
    {
        if (byMonth.Count == 0)
        {
            return [];
        }

        var known = byMonth.ToDictionary(b => b.Key!);
        var first = DateOnly.ParseExact(byMonth[0].Key!, "yyyy-MM", CultureInfo.InvariantCulture);
        var last = DateOnly.ParseExact(byMonth[^1].Key!, "yyyy-MM", CultureInfo.InvariantCulture);
        var months = new List<StatsBucket>();
        for (var m = first; m <= last; m = m.AddMonths(1))
        {
            var key = m.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            months.Add(known.GetValueOrDefault(key) ?? new StatsBucket(key, m.ToString("MMMM yyyy", English), 0, null, null, null, null, null, null, null, null));
        }

        return months;
    }
}
