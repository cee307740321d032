using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.AirForce;
using MissileTracker.Web.Data;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Localization;

namespace MissileTracker.Web.Pages.Editor.AirForce;

/// <summary>Editors upload the Air Force dataset's CSV (as <c>import-airforce</c> does) and see the past imports.</summary>
// The dataset is a few MB: above the 1 MiB every other form may send.
[RequestSizeLimit(AirForceImporter.MaxFileBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = AirForceImporter.MaxFileBytes)]
public sealed class IndexModel(TrackerDbContext db, AirForceImporter importer) : PageModel
{
    public IReadOnlyList<AirForceImport> Imports { get; private set; } = [];

    /// <summary>The last import's outcome, shown after the upload.</summary>
    public AirForceImportResult? Result { get; private set; }

    /// <summary>Every unreadable cell of a refused file, by row and column.</summary>
    public IReadOnlyList<KeyValuePair<string, string[]>> CellErrors { get; private set; } = [];

    [BindProperty]
    public string? DatasetVersion { get; set; }

    [BindProperty]
    public bool DryRun { get; set; }

    [BindProperty]
    public bool AllWeapons { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", Text.Of("Choose the dataset's CSV file."));
            await LoadAsync(ct);
            return Page();
        }

        await using var content = file.OpenReadStream();
        switch (await importer.ImportAsync(content, file.FileName, DatasetVersion, DryRun, AllWeapons, EditingUser.From(User, "Air Force import"), ct))
        {
            case EditResult<AirForceImportResult>.Done done:
                Result = done.Value;
                break;
            case EditResult<AirForceImportResult>.Invalid invalid:
                foreach (var field in new[] { "fileName", "datasetVersion" })
                {
                    if (invalid.Errors.TryGetValue(field, out var messages))
                    {
                        ModelState.AddModelError(field == "fileName" ? "file" : nameof(DatasetVersion), string.Join(" ", messages));
                    }
                }

                CellErrors = invalid.Errors.Where(e => e.Key is not ("fileName" or "datasetVersion")).ToList();
                Response.StatusCode = StatusCodes.Status400BadRequest;
                break;
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Imports = await db.AirForceImports.AsNoTracking().OrderByDescending(i => i.Id).Take(20).ToListAsync(ct);
}
