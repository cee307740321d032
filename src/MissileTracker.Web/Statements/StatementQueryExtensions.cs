using Microsoft.EntityFrameworkCore;

namespace MissileTracker.Web.Statements;

public static class StatementQueryExtensions
{
    /// <summary>Loads what <see cref="StatementDto.From"/> shows: speaker, strikes with figures, reports, a claim's figures and regions.</summary>
    public static IQueryable<Statement> WithEvidence(this IQueryable<Statement> statements) =>
        statements
            .Include(s => s.Official)
            .Include(s => s.Strikes).ThenInclude(x => x.Strike)
            .Include(s => s.Strikes).ThenInclude(x => x.WeaponTypes).ThenInclude(t => t.Weapon)
            .Include(s => s.Reports).ThenInclude(x => x.Report)
            .Include(s => s.Figures)
            .Include(s => s.Regions)
            .AsSplitQuery()
            .AsNoTracking();

    /// <summary>Newest first; statements with no known date last, then by id for a stable order.</summary>
    public static IQueryable<Statement> NewestFirst(this IQueryable<Statement> statements) =>
        statements.OrderBy(s => s.StatedOn == null).ThenByDescending(s => s.StatedOn).ThenByDescending(s => s.Id);
}
