using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Statements;

namespace MissileTracker.Web.Claims;

/// <summary>Aggregate claims: statements whose figures belong to no single strike.</summary>
public sealed class ClaimQueries(StatementListQueries statements, TrackerDbContext db)
{
    public Task<Page<StatementDto>> ListAsync(StatementFilter filter, PageRequest page, CancellationToken ct) =>
        statements.ListAsync(filter with { Aggregate = true }, page, ct);

    public async Task<StatementDto?> GetAsync(int id, CancellationToken ct)
    {
        var claim = await db.Statements.Where(s => s.IsAggregate && s.Id == id).WithEvidence().SingleOrDefaultAsync(ct);
        return claim is null ? null : StatementDto.From(claim);
    }
}
