using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Places;
using MissileTracker.Web.Publishing;

namespace MissileTracker.Web.Pages.Editor.Places;

/// <summary>The places editors added, drafts first, with the reviewer's buttons.</summary>
public sealed class IndexModel(TrackerDbContext db) : PageModel
{
    public IReadOnlyList<Place> Places { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Places = await db.Places.StaffView().AsNoTracking().Where(p => p.EditorAdded)
            .OrderBy(p => p.Status == PublicationStatus.Published).ThenByDescending(p => p.Id)
            .ToListAsync(ct);
}
