namespace MissileTracker.Web.Weapons;

public static class WeaponQueries
{
    public static IReadOnlyList<string> Codes(this IReadOnlyList<WeaponDto> weapons) => weapons.Select(w => w.Code).ToList();
}
