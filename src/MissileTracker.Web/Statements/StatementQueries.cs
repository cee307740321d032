using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Api;
using MissileTracker.Web.Data;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Statements;

/// <summary>Statements of every kind, filtered: aggregate claims and statements about specific strikes.</summary>
public sealed class StatementQueries(TrackerDbContext db)
{
    public async Task<Page<StatementDto>> ListAsync(StatementFilter filter, PageRequest page, CancellationToken ct)
    {
        var statements = Matching(filter);
        var total = await statements.CountAsync(ct);
        var items = await statements.Skip(page.Skip).Take(page.PageSize).WithEvidence().ToListAsync(ct);
        return new Page<StatementDto>(items.Select(StatementDto.From).ToList(), page, total);
    }

    /// <summary><c>statements.csv</c>: the statements the list would show (same filters, same order), one row per strike each names, streamed.</summary>
    public async Task<CsvResult> CsvAsync(StatementFilter filter, bool escapeFormulas, CancellationToken ct)
    {
        // An edit of a statement's strike figures bumps the statement's UpdatedAt, so the statements' newest change stands for them.
        var matching = Matching(filter);
        var version = new DataVersion(await matching.CountAsync(ct), await matching.MaxAsync(s => (DateTime?)s.UpdatedAt, ct));
        return new CsvResult(version, (body, token) => WriteCsvAsync(filter, body, escapeFormulas, token))
        {
            Headers = { ["Content-Disposition"] = "attachment; filename=\"statements.csv\"" },
        };
    }

    /// <summary>Writes <c>statements.csv</c> for <paramref name="filter"/>.</summary>
    public Task WriteCsvAsync(StatementFilter filter, Stream body, bool escapeFormulas, CancellationToken ct) =>
        CsvTable.WriteAsync(StatementCsv.Columns, Rows(filter, ct), body, escapeFormulas, ct);

    private IQueryable<Statement> Matching(StatementFilter filter) => filter.Apply(db.Statements.AsNoTracking(), TextMatchFor.Database(db));

    private async IAsyncEnumerable<StatementExportRow> Rows(StatementFilter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var statements = Matching(filter).Select(s => new
        {
            s.Id, s.StatedOn, Speaker = s.Official == null ? null : s.Official.Name, s.Organisation, s.IsAggregate, s.QuoteKind, s.Quote,
            Strikes = s.Strikes.OrderBy(x => x.Strike.OccurredOn).ThenBy(x => x.StrikeId).Select(x => new
            {
                x.StrikeId, x.Strike.OccurredOn, x.DateAsReported, x.LocationAsReported, x.WeaponLabel, x.OriginClaim,
                Codes = x.WeaponTypes.Select(w => w.Weapon.Code).OrderBy(c => c).ToList(),
                Missiles = new Figure(x.MissileCount, x.MissileCountQualifier, x.MissileCountHigh, x.MissileCountWords),
                Intercepted = new Figure(x.MissilesIntercepted, x.MissilesInterceptedQualifier, x.MissilesInterceptedHigh, x.MissilesInterceptedWords),
                Killed = new Figure(x.Killed, x.KilledQualifier, x.KilledHigh, x.KilledWords),
                Injured = new Figure(x.Injured, x.InjuredQualifier, x.InjuredHigh, x.InjuredWords),
            }).ToList(),
            Urls = s.Reports.OrderBy(r => r.ReportId).Select(r => r.Report.Url).ToList(),
            Outlets = s.Reports.OrderBy(r => r.ReportId).Select(r => r.Report.Outlet).ToList(),
        }).AsSplitQuery().AsAsyncEnumerable();

        await foreach (var s in statements.WithCancellation(ct))
        {
            if (s.Strikes.Count == 0)
            {
                yield return new StatementExportRow(s.Id, s.StatedOn, s.Speaker, s.Organisation, s.IsAggregate, s.QuoteKind, s.Quote,
                    null, null, null, null, null, [], null, Figure.None, Figure.None, Figure.None, Figure.None, s.Urls, s.Outlets);
                continue;
            }

            foreach (var x in s.Strikes)
            {
                yield return new StatementExportRow(s.Id, s.StatedOn, s.Speaker, s.Organisation, s.IsAggregate, s.QuoteKind, s.Quote,
                    x.StrikeId, x.OccurredOn, x.DateAsReported, x.LocationAsReported, x.WeaponLabel, x.Codes, x.OriginClaim,
                    x.Missiles, x.Intercepted, x.Killed, x.Injured, s.Urls, s.Outlets);
            }
        }
    }
}
