using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;

namespace MissileTracker.Web.Weapons;

public static class WeaponQueries
{
    /// <summary>The missile-type reference table in its fixed order.</summary>
    public static async Task<IReadOnlyList<WeaponDto>> ListWeaponsAsync(this TrackerDbContext db, CancellationToken ct) =>
        (await db.Weapons.AsNoTracking().OrderBy(w => w.Id).ToListAsync(ct)).Select(WeaponDto.From).ToList();

    public static IReadOnlyList<string> Codes(this IReadOnlyList<WeaponDto> weapons) => weapons.Select(w => w.Code).ToList();
}
