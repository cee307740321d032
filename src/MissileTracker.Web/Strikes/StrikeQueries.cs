using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.History;
using MissileTracker.Web.Officials;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Reports;
using MissileTracker.Web.Statements;
using MissileTracker.Web.Weapons;

namespace MissileTracker.Web.Strikes;

/// <summary>The one place strikes are read from, for the pages and the API alike.</summary>
public sealed class StrikeQueries(TrackerDbContext db)
{
    public async Task<Page<StrikeSummary>> ListAsync(StrikeFilter filter, PageRequest page, CancellationToken ct)
    {
        var matching = filter.Apply(db.Strikes.AsNoTracking());
        var total = await matching.CountAsync(ct);
        var rows = await matching
            .Skip(page.Skip)
            .Take(page.PageSize)
            .Select(s => new { Strike = s, s.Weapon, ReportCount = s.Reports.Count })
            .ToListAsync(ct);

        // One extra query for the whole page, instead of one per strike.
        var ids = rows.Select(r => r.Strike.Id).ToList();
        var officials = (await db.StatementStrikes.AsNoTracking()
                .Where(x => ids.Contains(x.StrikeId) && x.Statement.OfficialId != null)
                .Select(x => new { x.StrikeId, x.Statement.Official!.Id, x.Statement.Official.Name })
                .ToListAsync(ct))
            .GroupBy(x => x.StrikeId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<OfficialRef>)g.Select(o => new OfficialRef(o.Id, o.Name)).Distinct().OrderBy(o => o.Name, StringComparer.Ordinal).ToList());

        var items = rows.Select(r =>
        {
            var s = r.Strike;
            return new StrikeSummary(s.Id, s.OccurredOn, s.DatePrecision, s.Date.ToString(), s.TimeOfDay, StrikeLocation.Of(s),
                WeaponDto.From(r.Weapon), s.OriginCountry, s.OriginStatus, s.MissilesLaunched, s.MissilesIntercepted, s.Killed, s.Injured,
                s.Summary, officials.GetValueOrDefault(s.Id, []), r.ReportCount, s.UpdatedAt);
        }).ToList();
        return new Page<StrikeSummary>(items, page, total);
    }

    /// <param name="id">The strike's id.</param>
    /// <param name="staff">Staff also see drafts (of the strike and of its evidence) and the full history.</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<StrikeDetail?> GetAsync(int id, bool staff, CancellationToken ct)
    {
        // Staff reads skip the public filter, so deleted evidence is left out by hand.
        var strikes = staff ? db.Strikes.IgnoreQueryFilters().Where(x => x.DeletedAt == null) : db.Strikes;
        var s = await strikes.AsNoTracking()
            .Include(x => x.Weapon)
            .Include(x => x.Reports.Where(r => r.Report.DeletedAt == null)).ThenInclude(x => x.Report)
            .Include(x => x.Statements.Where(st => st.Statement.DeletedAt == null)).ThenInclude(x => x.Weapon)
            .Include(x => x.Statements).ThenInclude(x => x.Statement).ThenInclude(x => x.Official)
            .Include(x => x.Statements).ThenInclude(x => x.Statement).ThenInclude(x => x.Reports.Where(r => r.Report.DeletedAt == null)).ThenInclude(x => x.Report)
            .AsSplitQuery()
            .SingleOrDefaultAsync(x => x.Id == id, ct);
        if (s is null)
        {
            return null;
        }

        var statements = s.Statements
            .OrderBy(x => x.Statement.StatedOn == null).ThenBy(x => x.Statement.StatedOn).ThenBy(x => x.StatementId)
            .Select(x => new StrikeStatement(
                x.StatementId,
                x.Statement.Official is null ? null : OfficialRef.From(x.Statement.Official),
                x.Statement.Organisation,
                x.Statement.StatedOn,
                x.Statement.StatedOnNote,
                x.Statement.Quote,
                x.Statement.QuoteKind,
                ClaimedFigures.From(x),
                x.Statement.Reports.Select(r => ReportRef.From(r.Report)).ToList(),
                x.Statement.Status))
            .ToList();
        var reports = s.Reports.Select(r => ReportRef.From(r.Report))
            .OrderBy(r => r.PublishedOn == null).ThenBy(r => r.PublishedOn).ThenBy(r => r.Id).ToList();

        return new StrikeDetail(s.Id, s.OccurredOn, s.DatePrecision, s.Date.ToString(), s.DateNote, s.TimeOfDay, StrikeLocation.Of(s),
            WeaponDto.From(s.Weapon), s.OriginCountry, s.OriginStatus, s.MissilesLaunched, s.MissilesIntercepted, s.Killed, s.Injured,
            s.Summary, statements, reports, s.CreatedAt, s.UpdatedAt, s.Status, s.Version, await db.HistoryOfAsync(nameof(Strike), s.Id, staff, ct));
    }
}
