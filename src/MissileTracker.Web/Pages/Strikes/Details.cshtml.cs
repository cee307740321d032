using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Claims;
using MissileTracker.Web.Sources;
using MissileTracker.Web.Pages.Shared;
using MissileTracker.Web.Statements;
using MissileTracker.Web.Strikes;
using MissileTracker.Web.Weapons;

namespace MissileTracker.Web.Pages.Strikes;

/// <summary>One strike with every source's statement side by side and the reports covering it.</summary>
public sealed class DetailsModel(StrikeQueries strikes, StrikeAsOfQueries history, ClaimQueries claims, SnapshotQueries snapshots) : QueryPageModel
{
    public StrikeDetail Strike { get; private set; } = null!;

    /// <summary>Aggregate claims whose period covers the strike's date.</summary>
    public IReadOnlyList<StatementDto> CoveringClaims { get; private set; } = [];

    /// <summary>Figures (by column name) on which the statements disagree, compared as shown.</summary>
    public IReadOnlySet<string> Differing { get; private set; } = new HashSet<string>();

    /// <summary>The figure columns of the evidence table, as the reader sees each statement's value.</summary>
    public static readonly IReadOnlyList<(string Name, Func<ClaimedFigures, string?> Shown)> FigureColumns =
    [
        ("missiles", f => f.MissileCount is null ? null : Figures.Format(f.MissileCount)),
        ("intercepted", f => f.MissilesIntercepted is null ? null : Figures.Format(f.MissilesIntercepted)),
        ("killed", f => f.Killed is null ? null : Figures.Format(f.Killed)),
        ("injured", f => f.Injured is null ? null : Figures.Format(f.Injured)),
    ];

    /// <summary>The covering reports' snapshots, by report id.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<SnapshotDto>> Snapshots { get; private set; } = new Dictionary<int, IReadOnlyList<SnapshotDto>>();

    /// <summary>The sources' own labels the consolidated missile type rests on: those naming a type that agrees with it.</summary>
    public IReadOnlyList<string> TypeRestsOn { get; private set; } = [];

    public bool Differs(string column) => Differing.Contains(column);

    /// <summary>The heading of each column whose figures can differ, as the page names it.</summary>
    public static readonly IReadOnlyDictionary<string, string> ColumnHeadings = new Dictionary<string, string>
    {
        ["type"] = "Missile type", ["missiles"] = "Missiles", ["intercepted"] = "Intercepted", ["killed"] = "Killed", ["injured"] = "Injured",
    };

    public string DiffClass(string column) => Differs(column) ? "figure-differs" : "";

    public Microsoft.AspNetCore.Html.IHtmlContent DiffNote(string column) => Differs(column)
        ? new Microsoft.AspNetCore.Html.HtmlString($" <span class=\"visually-hidden\">{System.Net.WebUtility.HtmlEncode(Localization.Text.Of("(sources differ)"))}</span><span aria-hidden=\"true\"> ≠</span>")
        : Microsoft.AspNetCore.Html.HtmlString.Empty;

    /// <summary>Set when the page shows the strike as it stood at this time (UTC, <c>?asOf=</c>), not as it is now.</summary>
    public DateTime? ShownAsOf { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, [FromQuery] StrikeAsOfParameters query, CancellationToken ct)
    {
        if (!await ParseQueryAsync(ct, query))
        {
            return Page();
        }

        if (query.At is { } at)
        {
            ShownAsOf = at;
            if (await history.GetAsync(id, at, ct) is not { } then)
            {
                return NotFound();
            }

            return await ShowAsync(then, ct);
        }

        if (await strikes.GetAsync(id, User.IsStaff(), ct) is not { } strike)
        {
            // A strike merged into another lives on as that one: old links and bookmarks land there.
            return await strikes.MergedIntoAsync(id, User.IsStaff(), ct) is { } survivor
                ? RedirectToPagePermanent("/Strikes/Details", new { id = survivor })
                : NotFound();
        }

        return await ShowAsync(strike, ct);
    }

    private async Task<IActionResult> ShowAsync(StrikeDetail strike, CancellationToken ct)
    {
        Strike = strike;
        // A figure differs when two statements give different values; "not given" differs from nothing.
        Differing = FigureColumns
            .Where(c => strike.Statements.Select(st => c.Shown(st.Figures)).OfType<string>().Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(c => c.Name)
            .ToHashSet();
        // Weapon types differ only when two sources' sets cannot both be true (WeaponAgreement), not whenever the words differ.
        if (strike.SourcesDiffer)
        {
            Differing = Differing.Append("type").ToHashSet();
        }

        TypeRestsOn = strike.Attribution
            .Where(a => a.MissileTypes.Count > 0 && WeaponAgreement.Agree(a.MissileTypes.Select(t => t.Code).ToList(), [strike.MissileType.Code]))
            .Select(a => Labels.Weapon(a.WeaponLabel, a.MissileTypes))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        CoveringClaims = await claims.CoveringAsync(strike.Date, ct);
        Snapshots = await snapshots.ForReportsAsync(strike.Reports.Select(r => r.Id).ToList(), User.IsStaff(), ct);
        return Page();
    }
}
