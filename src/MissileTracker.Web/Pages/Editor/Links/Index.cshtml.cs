using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Publishing;

namespace MissileTracker.Web.Pages.Editor.Links;

/// <summary>The editor desk's broken links: report URLs that were dead when <c>check-links</c> last visited them.</summary>
public sealed class IndexModel(TrackerDbContext db) : PageModel
{
    /// <summary>One dead link and whether the tracker keeps a copy of what it said.</summary>
    public sealed record BrokenLink(int ReportId, string Title, string Outlet, string? Url, DateTime CheckedAt, int? StatusCode, string? Error, int Snapshots, bool HasArchiveUrl);

    public IReadOnlyList<BrokenLink> Links { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var snapshots = db.ReportSnapshots.StaffView();
        var rows = await db.LinkChecks.StaffView().AsNoTracking().Where(c => c.Broken)
            .OrderBy(c => c.CheckedAt).ThenBy(c => c.ReportId)
            .Select(c => new
            {
                c.ReportId, c.Report.Title, c.Report.Outlet, c.Report.Url, c.CheckedAt, c.StatusCode, c.Error,
                Snapshots = snapshots.Count(s => s.ReportId == c.ReportId), HasArchiveUrl = c.Report.ArchiveUrl != null,
            })
            .ToListAsync(ct);
        Links = rows.Select(r => new BrokenLink(r.ReportId, r.Title, r.Outlet, r.Url?.AbsoluteUri, r.CheckedAt, r.StatusCode, r.Error, r.Snapshots, r.HasArchiveUrl)).ToList();
    }
}
