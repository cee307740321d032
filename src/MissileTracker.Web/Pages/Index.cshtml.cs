using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Pages.Shared;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Strikes;
using MissileTracker.Web.Places;
using MissileTracker.Web.Weapons;

namespace MissileTracker.Web.Pages;

/// <summary>The public timeline: strikes newest first, grouped by month, filtered by the query string.</summary>
public sealed class IndexModel(StrikeQueries strikes, WeaponList weaponList, RaionList raionList) : QueryPageModel
{
    public StrikeFilterParameters Query { get; private set; } = new();
    public IReadOnlyList<WeaponDto> Weapons { get; private set; } = [];
    public IReadOnlyList<string> Raions { get; private set; } = [];
    public Page<StrikeSummary> Results { get; private set; } = new([], PageRequest.First, 0);
    public TimeAxis? Axis { get; private set; }

    /// <summary>The axis marks strikes one by one up to this many; beyond it only counts are readable anyway.</summary>
    public const int MaxAxisStrikes = 5000;
    public Pager Pager => Pager.For(Request, Results, "strike", "strikes");
    public bool IsFiltered => StrikeFilterForm.AnyFilter(Request);
    public StrikeFilterForm FilterForm => new(Query, Weapons, Raions, Errors, IsFiltered, "/Index");

    public async Task OnGetAsync([FromQuery] StrikeListParameters list, [FromQuery] PagingParameters paging, [FromQuery] StrikeFilterParameters query, CancellationToken ct)
    {
        Query = query;
        Weapons = await weaponList.AllAsync(ct);
        Raions = await raionList.AllAsync(ct);
        if (!await ParseQueryAsync(ct, list, paging, query))
        {
            return;
        }

        var filter = query.Filter with { Sort = list.Order };
        // The per-day counts add up to the total, so the list need not count the matches a second time.
        var byDate = await strikes.CountByDateAsync(filter, ct);
        Results = await strikes.ListAsync(filter, paging.PageRequest, ct, byDate.Sum(d => d.Count));
        var marks = Results.Total <= MaxAxisStrikes ? await MarksAsync(filter, ct) : null;
        Axis = TimeAxis.Build(Request, filter.From, filter.To, byDate, marks, DateOnly.FromDateTime(DateTime.UtcNow));
    }

    private async Task<IReadOnlyList<TimeAxis.Point>> MarksAsync(StrikeFilter filter, CancellationToken ct)
    {
        var rows = await strikes.Matching(filter)
            .Select(s => new { s.Id, s.OccurredOn, s.DatePrecision, s.EndsOn, s.TimeOfDay, s.EndTime, s.Settlement, s.District, s.Oblast, s.OriginStatus })
            .ToListAsync(ct);
        return rows.Select(s => new TimeAxis.Point(s.Id, s.OccurredOn,
                new StrikeDate(s.OccurredOn, s.DatePrecision, s.EndsOn, s.TimeOfDay, s.EndTime) + " · " + StrikeLocation.Describe(s.Settlement, s.District, s.Oblast is { } o ? Geography.Oblasts.NameOf(o) : null),
                s.OriginStatus.ToString()))
            .ToList();
    }
}
