using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Api;
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

    /// <summary>
    /// Every numbered figure of the published, dated aggregate claims, oldest first: the claims chart on /stats, where
    /// figures of one kind said by different people at different times sit side by side. Undated claims and figures
    /// given only in words cannot be placed on it; the claims page lists them.
    /// </summary>
    public async Task<IReadOnlyList<ClaimPoint>> PointsAsync(CancellationToken ct)
    {
        var rows = await db.ClaimFigures.AsNoTracking()
            .Where(f => f.Statement.IsAggregate && f.Statement.StatedOn != null && f.Value != null)
            .OrderBy(f => f.Statement.StatedOn).ThenBy(f => f.StatementId).ThenBy(f => f.Position)
            .Select(f => new
            {
                f.StatementId, StatedOn = f.Statement.StatedOn!.Value, Speaker = f.Statement.Official == null ? f.Statement.Organisation : f.Statement.Official.Name,
                f.Kind, f.Unit, f.Value, f.Qualifier, f.High, f.Words, f.WeaponLabel,
            })
            .ToListAsync(ct);
        return rows.Select(r => new ClaimPoint(r.StatementId, r.StatedOn, r.Speaker, r.Kind, r.Unit, new Figure(r.Value, r.Qualifier, r.High, r.Words), r.WeaponLabel)).ToList();
    }

    /// <summary><c>claims.csv</c>: the claims the list would show (same filters, same order), streamed.</summary>
    public async Task<CsvResult> ClaimsCsvAsync(StatementFilter filter, bool escapeFormulas, CancellationToken ct)
    {
        var version = await VersionAsync(filter, ct);
        return new CsvResult(version, (body, token) => WriteClaimsAsync(filter, body, escapeFormulas, token))
        {
            Headers = { ["Content-Disposition"] = "attachment; filename=\"claims.csv\"" },
        };
    }

    /// <summary><c>claim-figures.csv</c>: every figure of the matching claims, by claim id then position, streamed.</summary>
    public async Task<CsvResult> FiguresCsvAsync(StatementFilter filter, bool escapeFormulas, CancellationToken ct)
    {
        var version = await VersionAsync(filter, ct);
        return new CsvResult(version, (body, token) => WriteFiguresAsync(filter, body, escapeFormulas, token))
        {
            Headers = { ["Content-Disposition"] = "attachment; filename=\"claim-figures.csv\"" },
        };
    }

    /// <summary>Writes <c>claims.csv</c> for <paramref name="filter"/> (the export and the releases).</summary>
    public Task WriteClaimsAsync(StatementFilter filter, Stream body, bool escapeFormulas, CancellationToken ct) =>
        CsvTable.WriteAsync(ClaimCsv.ClaimColumns, ClaimRows(filter), body, escapeFormulas, ct);

    /// <summary>Writes <c>claim-figures.csv</c> for <paramref name="filter"/> (the export and the releases).</summary>
    public Task WriteFiguresAsync(StatementFilter filter, Stream body, bool escapeFormulas, CancellationToken ct) =>
        CsvTable.WriteAsync(ClaimCsv.FigureColumns, FigureRows(filter), body, escapeFormulas, ct);

    private IQueryable<Statement> Matching(StatementFilter filter) =>
        (filter with { Aggregate = true }).Apply(db.Statements.AsNoTracking(), TextMatchFor.Database(db));

    // Figures and regions live in their own rows, so the claims' newest change stands for them too (an edit bumps the claim's UpdatedAt).
    private async Task<DataVersion> VersionAsync(StatementFilter filter, CancellationToken ct)
    {
        var matching = Matching(filter);
        return new DataVersion(await matching.CountAsync(ct), await matching.MaxAsync(s => (DateTime?)s.UpdatedAt, ct));
    }

    private IAsyncEnumerable<ClaimExportRow> ClaimRows(StatementFilter filter) =>
        Matching(filter)
            .Select(s => new ClaimExportRow(
                s.Id, s.StatedOn, s.Official == null ? null : s.Official.Name, s.Organisation, s.PeriodStart, s.PeriodEnd, s.PeriodAsOf, s.PeriodNote,
                s.Regions.OrderBy(r => r.Position).ToList(), s.Quote, s.QuoteKind, s.NoReportReason,
                s.Reports.OrderBy(r => r.ReportId).Select(r => r.Report.Url).ToList(),
                s.Reports.OrderBy(r => r.ReportId).Select(r => r.Report.Outlet).ToList(), s.IsPreliminary))
            .AsAsyncEnumerable();

    private IAsyncEnumerable<ClaimFigureExportRow> FigureRows(StatementFilter filter)
    {
        var ids = Matching(filter).Select(s => s.Id);
        return db.ClaimFigures.AsNoTracking()
            .Where(f => ids.Contains(f.StatementId))
            .OrderBy(f => f.StatementId).ThenBy(f => f.Position)
            .Select(f => new ClaimFigureExportRow(f.StatementId, f.Position, f.Kind, f.Unit, new Figure(f.Value, f.Qualifier, f.High, f.Words), f.WeaponLabel, f.Note))
            .AsAsyncEnumerable();
    }
}
