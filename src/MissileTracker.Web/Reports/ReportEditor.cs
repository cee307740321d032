using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Localization;

namespace MissileTracker.Web.Reports;

/// <summary>Creates and changes news reports; a URL already stored is never stored twice.</summary>
public sealed class ReportEditor(TrackerDbContext db, IServiceProvider services)
{
    /// <summary>The stored report with this URL (any status, deleted included), if any.</summary>
    public async Task<Report?> FindByUrlAsync(string? url, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(url) || !InputRules.IsHttpUrl(url.Trim(), out var uri))
        {
            return null;
        }

        return await db.Reports.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(r => r.Url == uri, ct);
    }

    public async Task<EditResult<Report>> CreateAsync(ReportInput input, EditingUser editor, CancellationToken ct)
    {
        var errors = InputValidation.Validate(input, services);
        if (errors.Count > 0)
        {
            return new EditResult<Report>.Invalid(errors);
        }

        if (await FindByUrlAsync(input.Url, ct) is { } existing)
        {
            return new EditResult<Report>.Duplicate(existing.Id, Text.Format("This URL is already stored as report {0}.", existing.Id));
        }

        var report = new Report { Outlet = "", Title = "", Status = PublicationStatus.Draft };
        Apply(input, report);
        db.Author = editor.Author;
        db.Reports.Add(report);
        await db.SaveChangesAsync(ct);
        return new EditResult<Report>.Done(report);
    }

    public async Task<EditResult<Report>> UpdateAsync(int id, ReportInput input, EditingUser editor, CancellationToken ct)
    {
        var report = await db.Reports.StaffView().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (report is null)
        {
            return new EditResult<Report>.NotFound();
        }

        if (report.Status == PublicationStatus.Published && !editor.IsReviewer)
        {
            return new EditResult<Report>.Forbidden(Text.Of("This report is published; only a reviewer can change it."));
        }

        var errors = InputValidation.Validate(input, services);
        if (input.Version is null)
        {
            errors.Add("version", Text.Of("Give the version you edited (from the last read)."));
        }

        if (errors.Count > 0)
        {
            return new EditResult<Report>.Invalid(errors);
        }

        if (await FindByUrlAsync(input.Url, ct) is { } other && other.Id != id)
        {
            return new EditResult<Report>.Duplicate(other.Id, Text.Format("This URL is already stored as report {0}.", other.Id));
        }

        db.ExpectVersion(report, input.Version!.Value);
        Apply(input, report);
        db.Author = editor.Author;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await db.Reports.IgnoreQueryFilters().AsNoTracking().Where(r => r.Id == id).Select(r => r.Version).SingleAsync(ct);
            return new EditResult<Report>.Conflict(current,
                Text.Format("Someone else saved this report after you opened it (now version {0}, you edited version {1}).", current, input.Version));
        }

        return new EditResult<Report>.Done(report);
    }

    internal static void Apply(ReportInput input, Report report)
    {
        report.Url = string.IsNullOrWhiteSpace(input.Url) ? null : new Uri(input.Url.Trim());
        report.ArchiveUrl = string.IsNullOrWhiteSpace(input.ArchiveUrl) ? null : new Uri(input.ArchiveUrl.Trim());
        report.Outlet = input.Outlet!.Trim();
        report.Title = input.Title!.Trim();
        report.Byline = InputText.Clean(input.Byline);
        report.PublishedOn = input.PublishedOn;
        report.Language = input.Language!.Trim();
        report.Cites = InputText.Clean(input.Cites);
    }
}
