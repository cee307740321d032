using Microsoft.AspNetCore.Mvc.RazorPages;
using MissileTracker.Web.AirForce;

namespace MissileTracker.Web.Pages.AirForce;

/// <summary>
/// The Air Force's launch counts per month beside the tracker's strikes: confirmed-North-Korean and ambiguous labels as
/// separate series, so an analyst sees reporting gaps without the ambiguity being resolved by adding them up.
/// </summary>
public sealed class IndexModel(AirForceQueries queries) : PageModel
{
    public IReadOnlyList<AirForceMonth> Months { get; private set; } = [];

    /// <summary>The largest monthly figure, the bars' scale (meters: the CSP allows no inline styles).</summary>
    public int Largest { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Months = await queries.MonthlyAsync(ct);
        Largest = Months.Select(m => Math.Max(m.ConfirmedLaunched, Math.Max(m.PossibleLaunched, m.Strikes))).DefaultIfEmpty(0).Max() is var max and > 0 ? max : 1;
    }
}
