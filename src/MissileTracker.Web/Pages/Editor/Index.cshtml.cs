using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.Pages.Editor;

/// <summary>The editor's desk: start from an article, and see what awaits review or was removed.</summary>
public sealed class IndexModel(TrackerDbContext db) : PageModel
{
    public sealed record Item(string Kind, int Id, string Title, PublicationStatus Status, DateTime UpdatedAt, DateTime? DeletedAt, string EditPage, int Version)
    {
        /// <summary>The bulk-publish checkbox value: the version shown here is the one the reviewer publishes.</summary>
        public string Target => new PublicationTarget(Kind, Id, Version).FormValue;
    }

    public IReadOnlyList<Item> Drafts { get; private set; } = [];
    public IReadOnlyList<Item> Deleted { get; private set; } = [];

    /// <summary>What the last bulk publication did to each record (from TempData, shown once).</summary>
    public IReadOnlyList<string> Outcomes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Outcomes = TempData[Review.PublishModel.OutcomesKey] as string[] ?? [];
        var strikes = await db.Strikes.IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.Status == PublicationStatus.Draft || s.DeletedAt != null)
            .OrderByDescending(s => s.UpdatedAt).Take(100).ToListAsync(ct);
        var reports = await db.Reports.IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.Status == PublicationStatus.Draft || r.DeletedAt != null)
            .OrderByDescending(r => r.UpdatedAt).Take(100).ToListAsync(ct);
        var statements = await db.Statements.IgnoreQueryFilters().AsNoTracking().Include(s => s.Official)
            .Where(s => s.Status == PublicationStatus.Draft || s.DeletedAt != null)
            .OrderByDescending(s => s.UpdatedAt).Take(100).ToListAsync(ct);

        var all = strikes.Select(s => new Item("Strike", s.Id, $"{s.Date}, {StrikeLocation.Of(s).Text}", s.Status, s.UpdatedAt, s.DeletedAt, "/Editor/Strikes/Edit", s.Version))
            .Concat(reports.Select(r => new Item("Report", r.Id, $"{r.Title} ({r.Outlet})", r.Status, r.UpdatedAt, r.DeletedAt, "/Editor/Reports/Edit", r.Version)))
            .Concat(statements.Select(s => new Item("Statement", s.Id, $"{s.Official?.Name ?? s.Organisation}: “{Shorten(s.Quote)}”", s.Status, s.UpdatedAt, s.DeletedAt, "/Editor/Statements/Edit", s.Version)))
            .OrderByDescending(i => i.UpdatedAt)
            .ToList();
        Drafts = all.Where(i => i.DeletedAt is null).ToList();
        Deleted = all.Where(i => i.DeletedAt is not null).ToList();
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "…";
}
