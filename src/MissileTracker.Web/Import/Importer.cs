using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Reports;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.Import;

/// <summary>
/// Imports a batch in three steps: validate every row (reporting all errors with row numbers),
/// then, unless it is a dry run, write everything in one transaction. Rows already stored
/// (reports by URL, strikes by date, place, type and summary) are skipped, so importing the
/// same batch twice changes nothing.
/// </summary>
public sealed class Importer(TrackerDbContext db, IServiceProvider services)
{
    public async Task<EditResult<ImportResult>> ImportAsync(ImportRequest request, bool dryRun, EditingUser editor, CancellationToken ct)
    {
        var reports = request.Reports ?? [];
        var strikes = request.Strikes ?? [];
        var errors = new Dictionary<string, string[]>();
        if (reports.Count == 0 && strikes.Count == 0)
        {
            errors.Add("", "The batch is empty: give reports and/or strikes.");
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        var urls = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (row, index) in reports.Select((r, i) => (r, i)))
        {
            var prefix = $"reports[{index}]";
            if (InputText.Clean(row.Report.Url) is { } url && !urls.TryAdd(url, index + 1))
            {
                errors.Add($"{prefix}.url", $"Report row {index + 1}: the same URL as report row {urls[url]}.");
            }

            if (string.IsNullOrWhiteSpace(row.Key) || !keys.Add(row.Key))
            {
                errors.Add($"{prefix}.key", $"Report row {index + 1}: give each report a key that is unique in the batch.");
            }

            AddRowErrors(errors, prefix, $"Report row {index + 1}", InputValidation.Validate(row.Report, services));
        }

        var weapons = await db.Weapons.AsNoTracking().ToDictionaryAsync(w => w.Code, w => w.Id, ct);
        foreach (var (row, index) in strikes.Select((s, i) => (s, i)))
        {
            var prefix = $"strikes[{index}]";
            var rowErrors = InputValidation.Validate(row.Strike, services);
            if (row.Strike.MissileType is { } code && !weapons.ContainsKey(code.Trim().ToLowerInvariant()))
            {
                rowErrors.Add("missileType", $"Unknown missile type '{code}'.");
            }

            foreach (var key in (row.ReportKeys ?? []).Where(k => !keys.Contains(k)))
            {
                rowErrors.Add("reportKeys", $"No report in the batch has key '{key}'.");
            }

            AddRowErrors(errors, prefix, $"Strike row {index + 1}", rowErrors);
        }

        if (errors.Count > 0)
        {
            return new EditResult<ImportResult>.Invalid(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var byKey = new Dictionary<string, Report>(StringComparer.Ordinal);
        int reportsCreated = 0, reportsExisting = 0, strikesCreated = 0, strikesExisting = 0;
        foreach (var row in reports)
        {
            var url = string.IsNullOrWhiteSpace(row.Report.Url) ? null : new Uri(row.Report.Url.Trim());
            var outlet = row.Report.Outlet!.Trim();
            var title = row.Report.Title!.Trim();
            // Without a URL, a report is the same one when outlet, title and date match.
            var stored = url is not null
                ? await db.Reports.IgnoreQueryFilters().FirstOrDefaultAsync(r => r.Url == url, ct)
                : await db.Reports.IgnoreQueryFilters().FirstOrDefaultAsync(r => r.Url == null && r.Outlet == outlet && r.Title == title && r.PublishedOn == row.Report.PublishedOn, ct);
            if (stored is not null)
            {
                reportsExisting++;
                byKey[row.Key!] = stored;
                continue;
            }

            var report = new Report { Outlet = row.Report.Outlet!.Trim(), Title = row.Report.Title!.Trim(), Status = PublicationStatus.Draft };
            ReportEditor.Apply(row.Report, report);
            db.Reports.Add(report);
            byKey[row.Key!] = report;
            reportsCreated++;
        }

        foreach (var row in strikes)
        {
            var input = row.Strike;
            var weaponId = weapons[input.MissileType!.Trim().ToLowerInvariant()];
            var date = new StrikeDate(input.Date!.Value, input.DatePrecision!.Value).Normalized();
            var summary = input.Summary!.Trim();
            var settlement = InputText.Clean(input.Settlement);
            var district = InputText.Clean(input.District);
            var exists = await db.Strikes.StaffView().AnyAsync(s => s.OccurredOn == date.Date
                && s.DatePrecision == date.Precision && s.Oblast == input.Oblast && s.Settlement == settlement && s.District == district
                && s.WeaponId == weaponId && s.Summary == summary, ct)
                || db.Strikes.Local.Any(s => s.OccurredOn == date.Date && s.DatePrecision == date.Precision && s.Oblast == input.Oblast && s.Settlement == settlement
                    && s.District == district && s.WeaponId == weaponId && s.Summary == summary);
            if (exists)
            {
                strikesExisting++;
                continue;
            }

            var strike = new Strike { Status = PublicationStatus.Draft };
            StrikeEditor.Apply(input, strike, weaponId);
            foreach (var key in (row.ReportKeys ?? []).Distinct())
            {
                strike.Reports.Add(new StrikeReport { Strike = strike, Report = byKey[key] });
            }

            db.Strikes.Add(strike);
            strikesCreated++;
        }

        var result = new ImportResult(dryRun, reportsCreated, reportsExisting, strikesCreated, strikesExisting);
        if (dryRun)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return new EditResult<ImportResult>.Done(result);
        }

        db.Author = editor.Author;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new EditResult<ImportResult>.Done(result);
    }

    private static void AddRowErrors(Dictionary<string, string[]> errors, string prefix, string row, Dictionary<string, string[]> rowErrors)
    {
        foreach (var (field, messages) in rowErrors)
        {
            foreach (var message in messages)
            {
                errors.Add(string.IsNullOrEmpty(field) ? prefix : $"{prefix}.{field}", $"{row}: {message}");
            }
        }
    }
}
