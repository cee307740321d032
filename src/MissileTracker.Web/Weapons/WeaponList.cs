using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Weapons;

/// <summary>
/// The missile-type reference table. Every list, filter form and export reads it to validate the
/// missile-type filter, so it is served from <see cref="AggregateCache"/> rather than queried per request.
/// </summary>
public sealed class WeaponList(TrackerDbContext db, AggregateCache aggregates)
{
    /// <summary>Every missile type in its fixed order.</summary>
    public Task<IReadOnlyList<WeaponDto>> AllAsync(CancellationToken ct) =>
        aggregates.GetAsync("weapons", "all", async c =>
            (IReadOnlyList<WeaponDto>)(await db.Weapons.AsNoTracking().OrderBy(w => w.Id).ToListAsync(c)).Select(WeaponDto.From).ToList(), ct);

    /// <summary>Every missile-type code: the values the strikes' <c>type</c> filter accepts.</summary>
    public async Task<IReadOnlyList<string>> CodesAsync(CancellationToken ct) => (await AllAsync(ct)).Select(w => w.Code).ToList();
}
