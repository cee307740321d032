using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Statements;

namespace MissileTracker.Web.Officials;

public sealed class OfficialQueries(TrackerDbContext db)
{
    public async Task<Page<OfficialSummary>> ListAsync(PageRequest page, CancellationToken ct)
    {
        var officials = db.Officials.AsNoTracking();
        var total = await officials.CountAsync(ct);
        var items = await officials
            .OrderBy(o => o.Name).ThenBy(o => o.Id)
            .Skip(page.Skip).Take(page.PageSize)
            .Select(o => new OfficialSummary(o.Id, o.Name, o.OtherNames, o.Role, o.Organisation, o.Country, o.Statements.Count))
            .ToListAsync(ct);
        return new Page<OfficialSummary>(items, page, total);
    }

    public async Task<OfficialDetail?> GetAsync(int id, CancellationToken ct)
    {
        var official = await db.Officials.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct);
        if (official is null)
        {
            return null;
        }

        var statements = await db.Statements.Where(s => s.OfficialId == id).NewestFirst().WithEvidence().ToListAsync(ct);
        return new OfficialDetail(official.Id, official.Name, official.OtherNames, official.Role, official.Organisation, official.Country,
            statements.Select(StatementDto.From).ToList(), official.Version);
    }
}
