using MissileTracker.Web.Publishing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Editing;
using MissileTracker.Web.History;
using MissileTracker.Web.Localization;
using MissileTracker.Web.Pages.Shared;
using MissileTracker.Web.Reports;
using MissileTracker.Web.Sources;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.Pages.Editor.Reports;

/// <summary>A report's workspace: its fields, the strikes it covers and the statements it publishes.</summary>
public sealed class EditModel(TrackerDbContext db, ReportEditor reports, StrikeEditor strikes, SnapshotEditor snapshots, SnapshotQueries snapshotQueries) : PageModel
{
    [BindProperty]
    public ReportInput Input { get; set; } = new();

    public Report Report { get; private set; } = null!;
    public IReadOnlyList<Strike> Strikes { get; private set; } = [];
    public IReadOnlyList<Web.Statements.Statement> Statements { get; private set; } = [];
    public IReadOnlyList<HistoryEntry> History { get; private set; } = [];
    public string? Conflict { get; private set; }
    public IReadOnlyList<SnapshotDto> Snapshots { get; private set; } = [];
    public LinkCheckDto? LinkCheck { get; private set; }

    /// <summary>The largest snapshot file accepted, for the form's hint.</summary>
    public long MaxSnapshotBytes => snapshots.MaxBytes;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = StoredInput();
        return Page();
    }

    /// <summary>Attaches an uploaded file (the form field <c>file</c>) as a snapshot; its type comes from its content.</summary>
    public async Task<IActionResult> OnPostUploadAsync(int id, IFormFile? file, CancellationToken ct)
    {
        if (file is null)
        {
            return await SnapshotRefusedAsync(id, SnapshotEditor.FileField, Text.Of("Choose a file to upload."), ct);
        }

        await using var content = file.OpenReadStream();
        return await SnapshotOutcomeAsync(id, await snapshots.UploadAsync(id, content, file.ContentType, EditingUser.From(User), ct), ct);
    }

    /// <summary>Fetches the report's URL now and keeps the page as a snapshot.</summary>
    public async Task<IActionResult> OnPostCaptureAsync(int id, CancellationToken ct) =>
        await SnapshotOutcomeAsync(id, await snapshots.CaptureAsync(id, EditingUser.From(User), ct), ct);

    private async Task<IActionResult> SnapshotOutcomeAsync(int id, EditResult<ReportSnapshot> result, CancellationToken ct)
    {
        switch (result)
        {
            case EditResult<ReportSnapshot>.Done done:
                TempData["Message"] = Text.Format("Snapshot kept: SHA-256 {0}.", done.Value.Sha256);
                return RedirectToPage(new { id });
            case EditResult<ReportSnapshot>.Duplicate duplicate:
                TempData["Message"] = duplicate.Detail;
                return RedirectToPage(new { id });
            case EditResult<ReportSnapshot>.Invalid invalid:
                var (field, messages) = invalid.Errors.First();
                return await SnapshotRefusedAsync(id, field, string.Join(" ", messages), ct);
            default:
                return NotFound();
        }
    }

    // The report form was not posted: show it as stored, with only the snapshot's error.
    private async Task<IActionResult> SnapshotRefusedAsync(int id, string field, string message, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        ModelState.Clear();
        ModelState.AddModelError(field, message);
        Input = StoredInput();
        return Page();
    }

    private ReportInput StoredInput() => new()
    {
        Url = Report.Url?.AbsoluteUri, ArchiveUrl = Report.ArchiveUrl?.AbsoluteUri, Outlet = Report.Outlet, Title = Report.Title, Byline = Report.Byline,
        PublishedOn = Report.PublishedOn, Language = Report.Language, Cites = Report.Cites, Version = Report.Version,
    };

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            ModelState.AddAllInputErrors(Input, HttpContext.RequestServices);
        }
        else
        {
            switch (await reports.UpdateAsync(id, Input, EditingUser.From(User, Input.Reason), ct))
            {
                case EditResult<Report>.Done:
                    TempData["Message"] = Text.Of("Report saved.");
                    return RedirectToPage(new { id });
                case EditResult<Report>.NotFound:
                    return NotFound();
                case EditResult<Report>.Invalid invalid:
                    ModelState.AddEditErrors(invalid.Errors);
                    break;
                case EditResult<Report>.Duplicate duplicate:
                    ModelState.AddModelError("Input.Url", duplicate.Detail);
                    break;
                case EditResult<Report>.Forbidden forbidden:
                    ModelState.AddModelError(string.Empty, forbidden.Detail);
                    break;
                case EditResult<Report>.Conflict conflict:
                    Conflict = conflict.Detail;
                    break;
            }
        }

        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (Conflict is not null)
        {
            // Keep the editor's text in the form, but base the next save on what is stored now.
            ModelState.Remove("Input.Version");
            Input.Version = Report.Version;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostLinkStrikeAsync(int id, int strikeId, CancellationToken ct)
    {
        var result = await strikes.LinkReportAsync(strikeId, id, EditingUser.From(User), ct);
        TempData["Message"] = result is EditResult<Strike>.Done ? Text.Format("Strike {0} linked.", strikeId) : Text.Format("There is no strike with id {0}.", strikeId);
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var report = await db.Reports.StaffView().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (report is null)
        {
            return false;
        }

        Report = report;
        Strikes = await db.Strikes.StaffView().AsNoTracking()
            .Where(s => s.Reports.Any(x => x.ReportId == id))
            .OrderByDescending(s => s.OccurredOn).ToListAsync(ct);
        Statements = await db.Statements.StaffView().AsNoTracking().Include(s => s.Official)
            .Where(s => s.Reports.Any(x => x.ReportId == id))
            .OrderBy(s => s.Id).ToListAsync(ct);
        History = await db.HistoryOfAsync(nameof(Report), id, staff: true, ct);
        Snapshots = (await snapshotQueries.ForReportsAsync([id], staff: true, ct)).GetValueOrDefault(id) ?? [];
        LinkCheck = await db.LinkChecks.StaffView().AsNoTracking().Where(c => c.ReportId == id).Select(c => LinkCheckDto.From(c)).SingleOrDefaultAsync(ct);
        return true;
    }
}
