using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Statements;

namespace MissileTracker.Web.Strikes;

/// <summary>
/// The queries behind a strike's detail (<see cref="StrikeQueries.GetAsync"/>), each keyed by the strike's id and compiled
/// once per view. Each starts at its own set, whose named query filters decide what the public sees.
/// </summary>
internal static class StrikeDetailReads
{
    public static readonly CompiledViews<Strike, Strike> StrikeWithWeapon = new((strikes, id) =>
        strikes.AsNoTracking().Where(x => x.Id == id).Include(x => x.Weapon));

    public static readonly CompiledViews<StatementStrike, StatementStrike> Statements = new((links, id) =>
        links.AsNoTracking().Where(x => x.StrikeId == id).Include(x => x.Statement).ThenInclude(x => x.Official));

    /// <summary>
    /// The statements' weapon sets by the strike's id, not included through the links: included, SQLite built the whole
    /// filtered link table before joining it (2.9 s per strike at 100k).
    /// </summary>
    public static readonly CompiledViews<StatementStrikeWeapon, StatementStrikeWeapon> WeaponTypes = new((links, id) =>
        links.AsNoTracking().Where(x => x.StrikeId == id).Include(x => x.Weapon));

    public static readonly CompiledViews<StrikeReport, StrikeReport> Reports = new((links, id) =>
        links.AsNoTracking().Where(x => x.StrikeId == id).Include(x => x.Report));

    public static readonly CompiledViews<StrikePlace, StrikePlace> Places = new((links, id) =>
        links.AsNoTracking().Where(x => x.StrikeId == id).Include(x => x.Place));
}
