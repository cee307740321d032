using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Places;

/// <summary>
/// The raions the public filter forms suggest: those of the published places the tracker holds. A
/// shipped place is stored when a strike first names it, so these are the raions a <c>raion=</c>
/// filter can match, not every raion of the gazetteer. Cached like other reads of the whole table.
/// </summary>
public sealed class RaionList(TrackerDbContext db, AggregateCache aggregates)
{
    public Task<IReadOnlyList<string>> AllAsync(CancellationToken ct) =>
        aggregates.GetAsync("raions", "all", async c =>
            (IReadOnlyList<string>)await db.Places.AsNoTracking().Where(p => p.Raion != null).Select(p => p.Raion!).Distinct().OrderBy(r => r).ToListAsync(c), ct);
}
