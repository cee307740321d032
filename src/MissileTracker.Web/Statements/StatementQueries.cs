using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Statements;

/// <summary>Statements of every kind, filtered: aggregate claims and statements about specific strikes.</summary>
public sealed class StatementQueries(TrackerDbContext db)
{
    public async Task<Page<StatementDto>> ListAsync(StatementFilter filter, PageRequest page, CancellationToken ct)
    {
        var statements = filter.Apply(db.Statements.AsNoTracking(), TextMatchFor.Database(db));
        var total = await statements.CountAsync(ct);
        var items = await statements.Skip(page.Skip).Take(page.PageSize).WithEvidence().ToListAsync(ct);
        return new Page<StatementDto>(items.Select(StatementDto.From).ToList(), page, total);
    }
}
