using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Statements;

namespace MissileTracker.Web.Claims;

/// <summary>Aggregate claims: statements whose figures belong to no single strike.</summary>
public sealed class ClaimQueries(TrackerDbContext db)
{
    public async Task<Page<StatementDto>> ListAsync(PageRequest page, CancellationToken ct)
    {
        var claims = db.Statements.Where(s => s.IsAggregate);
        var total = await claims.CountAsync(ct);
        var items = await claims.NewestFirst().Skip(page.Skip).Take(page.PageSize).WithEvidence().ToListAsync(ct);
        return new Page<StatementDto>(items.Select(StatementDto.From).ToList(), page, total);
    }

    public async Task<StatementDto?> GetAsync(int id, CancellationToken ct)
    {
        var claim = await db.Statements.Where(s => s.IsAggregate && s.Id == id).WithEvidence().SingleOrDefaultAsync(ct);
        return claim is null ? null : StatementDto.From(claim);
    }
}
