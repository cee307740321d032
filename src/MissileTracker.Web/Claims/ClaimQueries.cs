using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Statements;

namespace MissileTracker.Web.Claims;

/// <summary>Aggregate claims: statements whose figures belong to no single strike.</summary>
public sealed class ClaimQueries(StatementQueries statements, TrackerDbContext db)
{
    public Task<Page<StatementDto>> ListAsync(StatementFilter filter, PageRequest page, CancellationToken ct) =>
        statements.ListAsync(filter with { Aggregate = true }, page, ct);

    public async Task<StatementDto?> GetAsync(int id, CancellationToken ct)
    {
        var claim = await db.Statements.Where(s => s.IsAggregate && s.Id == id).WithEvidence().SingleOrDefaultAsync(ct);
        return claim is null ? null : StatementDto.From(claim);
    }

    /// <summary>
    /// Published aggregate claims whose period covers <paramref name="date"/>: start &lt;= date &lt;= end, an open
    /// end counting as unbounded. A claim with neither end set covers no date (its period is only in words).
    /// </summary>
    public async Task<IReadOnlyList<StatementDto>> CoveringAsync(DateOnly date, CancellationToken ct)
    {
        var claims = await db.Statements.AsNoTracking()
            .Where(s => s.IsAggregate && (s.PeriodStart != null || s.PeriodEnd != null)
                && (s.PeriodStart == null || s.PeriodStart <= date)
                && (s.PeriodEnd == null || s.PeriodEnd >= date))
            .OrderBy(s => s.StatedOn == null).ThenBy(s => s.StatedOn).ThenBy(s => s.Id)
            .WithEvidence()
            .ToListAsync(ct);
        return claims.Select(StatementDto.From).ToList();
    }
}
