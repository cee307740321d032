using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Reports;
using MissileTracker.Web.Strikes;
using MissileTracker.Web.Localization;

namespace MissileTracker.Web.Statements;

/// <summary>Creates and changes statements with their per-strike figures and their reports.</summary>
public sealed class StatementEditor(TrackerDbContext db, IServiceProvider services)
{
    public async Task<EditResult<Statement>> CreateAsync(StatementInput input, EditingUser editor, CancellationToken ct)
    {
        var statement = new Statement { Organisation = "", Quote = "", Status = PublicationStatus.Draft };
        var result = await ApplyAsync(input, statement, ct);
        if (result is not null)
        {
            return result;
        }

        db.Author = editor.Author;
        db.Statements.Add(statement);
        await db.SaveChangesAsync(ct);
        return new EditResult<Statement>.Done(statement);
    }

    public async Task<EditResult<Statement>> UpdateAsync(int id, StatementInput input, EditingUser editor, CancellationToken ct)
    {
        var statement = await db.Statements.StaffView()
            .Include(s => s.Strikes).ThenInclude(x => x.Strike)
            .Include(s => s.Strikes).ThenInclude(x => x.WeaponTypes)
            .Include(s => s.Reports).ThenInclude(x => x.Report)
            .Include(s => s.Figures)
            .Include(s => s.Regions)
            .SingleOrDefaultAsync(s => s.Id == id, ct);
        if (statement is null)
        {
            return new EditResult<Statement>.NotFound();
        }

        if (statement.Status == PublicationStatus.Published && !editor.IsReviewer)
        {
            return new EditResult<Statement>.Forbidden(Text.Of("This statement is published; only a reviewer can change it."));
        }

        if (input.Version is null)
        {
            return new EditResult<Statement>.Invalid(new Dictionary<string, string[]> { ["version"] = [Text.Of("Give the version you edited (from the last read).")] });
        }

        db.ExpectVersion(statement, input.Version.Value);
        var result = await ApplyAsync(input, statement, ct);
        if (result is not null)
        {
            return result;
        }

        db.Author = editor.Author;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await db.Statements.IgnoreQueryFilters().AsNoTracking().Where(s => s.Id == id).Select(s => s.Version).SingleAsync(ct);
            return new EditResult<Statement>.Conflict(current, Text.Format("Someone else saved this statement after you opened it (now version {0}).", current));
        }

        return new EditResult<Statement>.Done(statement);
    }

    /// <summary>Validates against the database and copies the input onto the statement; returns an error result or null.</summary>
    private async Task<EditResult<Statement>?> ApplyAsync(StatementInput input, Statement statement, CancellationToken ct)
    {
        var errors = InputValidation.Validate(input, services);
        var official = input.OfficialId is { } officialId ? await db.Officials.SingleOrDefaultAsync(o => o.Id == officialId, ct) : null;
        if (input.OfficialId is not null && official is null)
        {
            errors.Add("officialId", Text.Format("There is no official with id {0}.", input.OfficialId));
        }

        var reportIds = (input.ReportIds ?? []).Distinct().ToList();
        var reports = await db.Reports.StaffView().Where(r => reportIds.Contains(r.Id)).ToListAsync(ct);
        foreach (var missing in reportIds.Except(reports.Select(r => r.Id)))
        {
            errors.Add("reportIds", Text.Format("There is no report with id {0}.", missing));
        }

        var figures = input.Strikes ?? [];
        var strikeIds = figures.Select(f => f.StrikeId ?? 0).Distinct().ToList();
        var strikes = await db.Strikes.StaffView().Where(s => strikeIds.Contains(s.Id)).ToListAsync(ct);
        foreach (var missing in strikeIds.Except(strikes.Select(s => s.Id)).Where(id => id != 0))
        {
            errors.Add("strikes", Text.Format("There is no strike with id {0}.", missing));
        }

        var codes = figures.SelectMany(f => CodesOf(f)).Distinct().ToList();
        var weapons = await db.Weapons.Where(w => codes.Contains(w.Code)).ToDictionaryAsync(w => w.Code, ct);
        foreach (var unknown in codes.Where(c => !weapons.ContainsKey(c)))
        {
            errors.Add("strikes", Text.Format("Unknown missile type '{0}'.", unknown));
        }

        if (errors.Count > 0)
        {
            return new EditResult<Statement>.Invalid(errors);
        }

        statement.Official = official;
        statement.OfficialId = official?.Id;
        statement.Organisation = InputText.Clean(input.Organisation) ?? official!.Organisation;
        statement.StatedOn = input.StatedOn;
        statement.StatedAt = input.StatedAt;
        statement.StatedOnNote = InputText.Clean(input.StatedOnNote);
        statement.IsPreliminary = input.IsPreliminary;
        statement.Quote = input.Quote!.Trim();
        statement.QuoteKind = input.QuoteKind;
        statement.IsAggregate = input.IsAggregate;
        statement.PeriodStart = input.IsAggregate ? input.PeriodStart : null;
        statement.PeriodEnd = input.IsAggregate ? input.PeriodEnd : null;
        statement.PeriodAsOf = input.IsAggregate ? input.PeriodAsOf : null;
        statement.PeriodNote = input.IsAggregate ? InputText.Clean(input.PeriodNote) : null;
        statement.NoReportReason = reports.Count == 0 ? InputText.Clean(input.NoReportReason) : null;

        SyncReports(statement, reports);
        SyncStrikes(statement, figures, strikes, weapons);
        SyncClaim(statement, input.IsAggregate ? input.Figures ?? [] : [], input.IsAggregate ? input.Regions ?? [] : []);
        if (db.Entry(statement).State == EntityState.Unchanged
            && db.ChangeTracker.Entries().Any(e => e.Entity is ClaimFigure or ClaimRegion && e.State != EntityState.Unchanged))
        {
            // A changed figure or region is a change to the claim: a new version and UpdatedAt, for editors and mirrors alike.
            db.Entry(statement).Property(s => s.UpdatedAt).IsModified = true;
        }

        return null;
    }

    /// <summary>
    /// Rows are matched by position: an edited figure stays the same row (its history shows the changed fields),
    /// rows past the new count go, new ones are added.
    /// </summary>
    private static void SyncClaim(Statement statement, List<ClaimFigureInput> figures, List<ClaimRegionInput> regions)
    {
        Resize(statement.Figures, figures.Count, f => f.Position, position => new ClaimFigure { Statement = statement, Position = position });
        foreach (var (figure, input) in statement.Figures.OrderBy(f => f.Position).Zip(figures))
        {
            figure.Kind = input.Kind!.Value;
            figure.Figure = new Figure(input.Value, input.Qualifier, input.Qualifier == FigureQualifier.Range ? input.High : null, InputText.Clean(input.Words));
            figure.Unit = InputText.Clean(input.Unit);
            figure.WeaponLabel = InputText.Clean(input.WeaponLabel);
            figure.Note = InputText.Clean(input.Note);
        }

        Resize(statement.Regions, regions.Count, r => r.Position, position => new ClaimRegion { Statement = statement, Position = position, NameAsSaid = "" });
        foreach (var (region, input) in statement.Regions.OrderBy(r => r.Position).Zip(regions))
        {
            region.NameAsSaid = input.NameAsSaid!.Trim();
            region.Oblast = input.Oblast;
            region.Count = input.Count;
        }
    }

    /// <summary>Keeps rows at positions 0..count-1 (positions are always contiguous from 0): drops those past it, adds the missing ones.</summary>
    private static void Resize<T>(List<T> rows, int count, Func<T, int> position, Func<int, T> create)
    {
        rows.RemoveAll(r => position(r) >= count);
        while (rows.Count < count)
        {
            rows.Add(create(rows.Count));
        }
    }

    private static IEnumerable<string> CodesOf(StatementStrikeInput input) =>
        (input.MissileTypes ?? []).Select(c => c?.Trim().ToLowerInvariant()).OfType<string>().Where(c => c.Length > 0).Distinct();

    private static void SyncReports(Statement statement, List<Report> reports)
    {
        statement.Reports.RemoveAll(link => reports.All(r => r.Id != link.ReportId));
        foreach (var report in reports.Where(r => statement.Reports.All(link => link.ReportId != r.Id)))
        {
            statement.Reports.Add(new StatementReport { Statement = statement, Report = report });
        }
    }

    private void SyncStrikes(Statement statement, List<StatementStrikeInput> figures, List<Strike> strikes, Dictionary<string, Weapons.Weapon> weapons)
    {
        statement.Strikes.RemoveAll(link => figures.All(f => f.StrikeId != link.StrikeId));
        foreach (var input in figures)
        {
            var link = statement.Strikes.FirstOrDefault(x => x.StrikeId == input.StrikeId);
            if (link is null)
            {
                link = new StatementStrike { Statement = statement, Strike = strikes.Single(s => s.Id == input.StrikeId) };
                statement.Strikes.Add(link);
            }

            var types = CodesOf(input).Select(c => weapons[c]).ToList();
            link.WeaponTypes.RemoveAll(t => types.All(w => w.Id != t.WeaponId));
            foreach (var weapon in types.Where(w => link.WeaponTypes.All(t => t.WeaponId != w.Id)))
            {
                link.WeaponTypes.Add(new StatementStrikeWeapon { StatementStrike = link, Weapon = weapon, WeaponId = weapon.Id });
            }

            link.WeaponLabel = InputText.Clean(input.WeaponLabel);
            link.OriginClaim = input.OriginClaim;
            link.MissileCountFigure = FigureRules.From(input.MissileCount, input.MissileCountQualifier, input.MissileCountHigh, input.MissileCountWords);
            link.MissilesInterceptedFigure = FigureRules.From(input.MissilesIntercepted, input.MissilesInterceptedQualifier, input.MissilesInterceptedHigh, input.MissilesInterceptedWords);
            link.KilledFigure = FigureRules.From(input.Killed, input.KilledQualifier, input.KilledHigh, input.KilledWords);
            link.InjuredFigure = FigureRules.From(input.Injured, input.InjuredQualifier, input.InjuredHigh, input.InjuredWords);
            link.DateAsReported = InputText.Clean(input.DateAsReported);
            link.LocationAsReported = InputText.Clean(input.LocationAsReported);
            // A new or changed claim about a strike is a change to that strike for mirrors.
            db.Entry(link.Strike).Property(s => s.UpdatedAt).IsModified = true;
        }
    }
}
