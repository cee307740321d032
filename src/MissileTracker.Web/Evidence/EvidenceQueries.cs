using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Api;
using MissileTracker.Web.Data;
using MissileTracker.Web.History;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Evidence;

/// <summary>Evidence records as the strike page, the evidence API and the editor pages show them.</summary>
public sealed class EvidenceQueries(TrackerDbContext db)
{
    public async Task<Page<EvidenceDto>> ListAsync(int? strikeId, PageRequest page, bool staff, CancellationToken ct)
    {
        var records = db.EvidenceRecords.VisibleTo(staff).AsNoTracking().Where(e => strikeId == null || e.StrikeId == strikeId);
        var total = await records.CountAsync(ct);
        var ids = await records.OrderBy(e => e.StrikeId).ThenBy(e => e.Id).Skip(page.Skip).Take(page.PageSize).Select(e => e.Id).ToListAsync(ct);
        return new Page<EvidenceDto>(await ByIdsAsync(ids, staff, ct), page, total);
    }

    /// <summary><c>evidence.csv</c>: the published records (of one strike when <paramref name="strikeId"/> is given), as the list orders them.</summary>
    public async Task<CsvResult> CsvAsync(int? strikeId, bool escapeFormulas, CancellationToken ct)
    {
        var records = db.EvidenceRecords.VisibleTo(staff: false).AsNoTracking().Where(e => strikeId == null || e.StrikeId == strikeId);
        var version = new DataVersion(await records.CountAsync(ct), await records.MaxAsync(e => (DateTime?)e.UpdatedAt, ct));
        return new CsvResult(version, (body, token) => CsvTable.WriteAsync(EvidenceCsv.Columns, CsvRows(strikeId, token), body, escapeFormulas, token))
        {
            Headers = { ["Content-Disposition"] = "attachment; filename=\"evidence.csv\"" },
        };
    }

    // In batches, each read with its photos, custody and reports, so memory stays flat however many records there are.
    private async IAsyncEnumerable<EvidenceDto> CsvRows(int? strikeId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var ids = await db.EvidenceRecords.VisibleTo(staff: false).Where(e => strikeId == null || e.StrikeId == strikeId)
            .OrderBy(e => e.StrikeId).ThenBy(e => e.Id).Select(e => e.Id).ToListAsync(ct);
        foreach (var batch in ids.Chunk(500))
        {
            foreach (var record in await ByIdsAsync([.. batch], staff: false, ct))
            {
                yield return record;
            }
        }
    }

    /// <summary>A strike's evidence records, oldest first.</summary>
    public async Task<IReadOnlyList<EvidenceDto>> ForStrikeAsync(int strikeId, bool staff, CancellationToken ct)
    {
        var ids = await db.EvidenceRecords.VisibleTo(staff).Where(e => e.StrikeId == strikeId).OrderBy(e => e.Id).Select(e => e.Id).ToListAsync(ct);
        // Most strikes have no evidence: without this the strike page paid two more queries for nothing.
        return ids.Count == 0 ? [] : await ByIdsAsync(ids, staff, ct);
    }

    /// <summary>One record with its history.</summary>
    public async Task<EvidenceDto?> GetAsync(int id, bool staff, CancellationToken ct) =>
        (await ByIdsAsync([id], staff, ct)).SingleOrDefault() is { } record
            ? record with { History = await db.HistoryOfAsync(nameof(EvidenceRecord), id, staff, ct) }
            : null;

    private async Task<List<EvidenceDto>> ByIdsAsync(List<int> ids, bool staff, CancellationToken ct)
    {
        var records = await db.EvidenceRecords.VisibleTo(staff).AsNoTracking()
            .Where(e => EF.Parameter(ids).Contains(e.Id))
            .Include(e => e.Examiner).Include(e => e.Photos).Include(e => e.Custody)
            .AsSplitQuery()
            .ToListAsync(ct);
        // The reports through their own filter, so a draft report is not shown to the public beside published evidence.
        var reports = (await db.EvidenceReports.VisibleTo(staff).AsNoTracking()
                .Where(x => EF.Parameter(ids).Contains(x.EvidenceRecordId))
                .Select(x => new { x.EvidenceRecordId, x.Report })
                .ToListAsync(ct))
            .ToLookup(x => x.EvidenceRecordId, x => x.Report);
        return ids.Select(id => records.SingleOrDefault(r => r.Id == id)).OfType<EvidenceRecord>()
            .Select(e => EvidenceDto.From(e, reports[e.Id])).ToList();
    }
}
