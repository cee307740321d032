using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Claims;
using MissileTracker.Web.Sources;
using MissileTracker.Web.Statements;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.Pages.Strikes;

/// <summary>One strike with every source's statement side by side and the reports covering it.</summary>
public sealed class DetailsModel(StrikeQueries strikes, ClaimQueries claims, SnapshotQueries snapshots) : PageModel
{
    public StrikeDetail Strike { get; private set; } = null!;

    /// <summary>Aggregate claims whose period covers the strike's date.</summary>
    public IReadOnlyList<StatementDto> CoveringClaims { get; private set; } = [];

    /// <summary>Figures (by column name) on which the statements disagree, compared as shown.</summary>
    public IReadOnlySet<string> Differing { get; private set; } = new HashSet<string>();

    /// <summary>The figure columns of the evidence table, as the reader sees each statement's value.</summary>
    public static readonly IReadOnlyList<(string Name, Func<ClaimedFigures, string?> Shown)> FigureColumns =
    [
        ("type", f => f.MissileType?.Name),
        ("missiles", f => f.MissileCount is null ? null : Figures.Format(f.MissileCount, f.MissileCountQualifier)),
        ("intercepted", f => f.MissilesIntercepted is null ? null : Figures.Format(f.MissilesIntercepted)),
        ("killed", f => f.Killed is null ? null : Figures.Format(f.Killed, f.KilledQualifier)),
        ("injured", f => f.Injured is null ? null : Figures.Format(f.Injured, f.InjuredQualifier)),
    ];

    /// <summary>The covering reports' snapshots, by report id.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<SnapshotDto>> Snapshots { get; private set; } = new Dictionary<int, IReadOnlyList<SnapshotDto>>();

    public bool Differs(string column) => Differing.Contains(column);

    public string DiffClass(string column) => Differs(column) ? "figure-differs" : "";

    public Microsoft.AspNetCore.Html.IHtmlContent DiffNote(string column) => Differs(column)
        ? new Microsoft.AspNetCore.Html.HtmlString(" <span class=\"visually-hidden\">(sources differ)</span><span aria-hidden=\"true\"> ≠</span>")
        : Microsoft.AspNetCore.Html.HtmlString.Empty;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await strikes.GetAsync(id, User.IsStaff(), ct) is not { } strike)
        {
            // A strike merged into another lives on as that one: old links and bookmarks land there.
            return await strikes.MergedIntoAsync(id, User.IsStaff(), ct) is { } survivor
                ? RedirectToPagePermanent("/Strikes/Details", new { id = survivor })
                : NotFound();
        }

        Strike = strike;
        // A figure differs when two statements give different values; "not given" differs from nothing.
        Differing = FigureColumns
            .Where(c => strike.Statements.Select(st => c.Shown(st.Figures)).OfType<string>().Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(c => c.Name)
            .ToHashSet();
        CoveringClaims = await claims.CoveringAsync(strike.Date, ct);
        Snapshots = await snapshots.ForReportsAsync(strike.Reports.Select(r => r.Id).ToList(), User.IsStaff(), ct);
        return Page();
    }
}
