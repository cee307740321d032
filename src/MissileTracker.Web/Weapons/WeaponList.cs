using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Weapons;

/// <summary>
/// The missile-type reference table. Every list, filter form and export reads it to validate the
/// missile-type filter, so it is served from <see cref="AggregateCache"/> rather than queried per request.
/// </summary>
/// <param name="db">The request's context.</param>
/// <param name="aggregates">The cache of results.</param>
/// <param name="reads">Pooled prepared SQLite statements, for the codes when the cache is off; null on PostgreSQL or when turned off.</param>
public sealed class WeaponList(TrackerDbContext db, AggregateCache aggregates, PreparedReads? reads = null)
{
    /// <summary>Every missile type in its fixed order.</summary>
    public Task<IReadOnlyList<WeaponDto>> AllAsync(CancellationToken ct) =>
        aggregates.GetAsync("weapons", "all", async c =>
            (IReadOnlyList<WeaponDto>)(await db.Weapons.AsNoTracking().OrderBy(w => w.Id).ToListAsync(c)).Select(WeaponDto.From).ToList(), ct);

    /// <summary>Every missile-type code: the values the strikes' <c>type</c> filter accepts.</summary>
    public Task<IReadOnlyList<string>> CodesAsync(CancellationToken ct) =>
        aggregates.GetAsync("weapon-codes", "all", async c => reads is null
            ? (IReadOnlyList<string>)await db.Weapons.OrderBy(w => w.Id).Select(w => w.Code).ToListAsync(c)
            : await reads.ReadAsync(db, async connection =>
            {
                var codes = new List<string>();
                await using var rows = await connection.Command(CodesSql).ExecuteReaderAsync(c);
                while (await rows.ReadAsync(c))
                {
                    codes.Add(rows.GetString(0));
                }

                return (IReadOnlyList<string>)codes;
            }), ct);

    private const string CodesSql = "SELECT \"Code\" FROM \"Weapons\" ORDER BY \"Id\"";
}
