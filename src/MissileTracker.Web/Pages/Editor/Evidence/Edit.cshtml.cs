using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Evidence;
using MissileTracker.Web.Localization;
using MissileTracker.Web.Officials;
using MissileTracker.Web.Pages.Shared;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Reports;
using MissileTracker.Web.Sources;

namespace MissileTracker.Web.Pages.Editor.Evidence;

/// <summary>Record physical evidence of a strike (new: <c>?strikeId=</c>), edit it, and attach its photos.</summary>
public sealed class EditModel(TrackerDbContext db, EvidenceEditor editor, EvidenceQueries evidence, Microsoft.Extensions.Options.IOptions<SnapshotSettings> settings) : PageModel
{
    /// <summary>Blank custody rows offered beside the stored ones; left blank, they are ignored.</summary>
    public const int BlankCustodyRows = 2;

    [BindProperty]
    public EvidenceInput Input { get; set; } = new();

    /// <summary>The stored record; null while creating.</summary>
    public EvidenceDto? Record { get; private set; }

    /// <summary>The strike's reports, to tick those citing the evidence.</summary>
    public IReadOnlyList<Report> StrikeReports { get; private set; } = [];

    public IReadOnlyList<Official> Officials { get; private set; } = [];

    public long MaxPhotoBytes => settings.Value.MaxBytes;

    public async Task<IActionResult> OnGetAsync(int? id, int? strikeId, CancellationToken ct)
    {
        if (id is { } existing)
        {
            if (await evidence.GetAsync(existing, staff: true, ct) is not { } record)
            {
                return NotFound();
            }

            Record = record;
            Input = new EvidenceInput
            {
                StrikeId = record.StrikeId, Component = record.Component, Markings = record.Markings, Serials = record.Serials, Characters = record.Characters,
                FoundAt = record.FoundAt, FoundOn = record.FoundOn, ExaminerId = record.Examiner?.Id, ExaminedBy = record.ExaminedBy,
                ExaminedWhen = record.ExaminedWhen, Finding = record.Finding, ReportIds = record.Reports.Select(r => r.Id).ToList(),
                Custody = record.Custody.Select(c => new CustodyEventInput { Holder = c.Holder, HeldFrom = c.HeldFrom, HandedTo = c.HandedTo, Note = c.Note }).ToList(),
                Version = record.Version,
            };
        }
        else
        {
            Input.StrikeId = strikeId;
        }

        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        // The form always offers blank custody rows; only filled ones are steps of the chain.
        Input.Custody.RemoveAll(c => string.IsNullOrWhiteSpace(c.Holder) && c.HeldFrom is null && string.IsNullOrWhiteSpace(c.HandedTo) && string.IsNullOrWhiteSpace(c.Note));
        ModelState.Clear();
        var user = EditingUser.From(User, Input.Reason);
        var result = id is { } existing ? await editor.UpdateAsync(existing, Input, user, ct) : await editor.CreateAsync(Input, user, ct);
        switch (result)
        {
            case EditResult<EvidenceRecord>.Done done:
                TempData["Message"] = Text.Format("Evidence record {0} saved ({1}).", done.Value.Id, Labels.Of(done.Value.Status));
                return RedirectToPage(new { id = done.Value.Id });
            case EditResult<EvidenceRecord>.Invalid invalid:
                ModelState.AddEditErrors(invalid.Errors);
                break;
            case EditResult<EvidenceRecord>.Conflict conflict:
                ModelState.AddModelError("", conflict.Detail);
                break;
            case EditResult<EvidenceRecord>.Forbidden forbidden:
                ModelState.AddModelError("", forbidden.Detail);
                break;
            default:
                return NotFound();
        }

        Record = id is { } shown ? await evidence.GetAsync(shown, staff: true, ct) : null;
        await LoadChoicesAsync(ct);
        return Page();
    }

    /// <summary>Attaches a photo (the form field <c>file</c>): PNG, JPEG or PDF, its type read from its content.</summary>
    public async Task<IActionResult> OnPostPhotoAsync(int id, IFormFile? file, string? caption, CancellationToken ct)
    {
        EditResult<EvidencePhoto> result;
        if (file is null)
        {
            result = new EditResult<EvidencePhoto>.Invalid(new Dictionary<string, string[]> { [EvidenceEditor.FileField] = [Text.Of("Choose a file to upload.")] });
        }
        else
        {
            await using var content = file.OpenReadStream();
            result = await editor.AddPhotoAsync(id, content, file.ContentType, caption, EditingUser.From(User), ct);
        }

        switch (result)
        {
            case EditResult<EvidencePhoto>.Done done:
                TempData["Message"] = Text.Format("Photo kept: SHA-256 {0}.", done.Value.Sha256);
                return RedirectToPage(new { id });
            case EditResult<EvidencePhoto>.Duplicate duplicate:
                TempData["Message"] = duplicate.Detail;
                return RedirectToPage(new { id });
            case EditResult<EvidencePhoto>.NotFound:
                return NotFound();
            default:
                // Show the record as stored, with only the photo's error.
                await OnGetAsync(id, null, ct);
                foreach (var (field, messages) in result switch
                         {
                             EditResult<EvidencePhoto>.Invalid invalid => invalid.Errors,
                             EditResult<EvidencePhoto>.Forbidden forbidden => new Dictionary<string, string[]> { [EvidenceEditor.FileField] = [forbidden.Detail] },
                             _ => new Dictionary<string, string[]>(),
                         })
                {
                    ModelState.AddModelError(field, string.Join(" ", messages));
                }

                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
        }
    }

    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        StrikeReports = Input.StrikeId is { } strikeId
            ? await db.StrikeReports.StaffView().AsNoTracking().Where(x => x.StrikeId == strikeId).Select(x => x.Report).OrderBy(r => r.Id).ToListAsync(ct)
            : [];
        Officials = await db.Officials.AsNoTracking().OrderBy(o => o.Name).ToListAsync(ct);
        while (Input.Custody.Count(c => string.IsNullOrWhiteSpace(c.Holder)) < BlankCustodyRows)
        {
            Input.Custody.Add(new CustodyEventInput());
        }
    }
}
