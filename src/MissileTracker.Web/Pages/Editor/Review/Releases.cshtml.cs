using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MissileTracker.Web.Http;
using MissileTracker.Web.Localization;
using MissileTracker.Web.Pages.Shared;
using MissileTracker.Web.Releases;

namespace MissileTracker.Web.Pages.Editor.Review;

/// <summary>Reviewers create releases and withdraw them (reviewers only by folder policy).</summary>
public sealed class ReleasesModel(ReleaseStore store, ReleaseWriter writer, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ReleaseInput Input { get; set; } = new();

    public IReadOnlyList<StoredRelease> Releases { get; private set; } = [];

    public void OnGet() => Releases = store.List();

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            ModelState.AddEditErrors(ReleasesApi.Problems(Input));
        }

        if (!ModelState.IsValid)
        {
            Releases = store.List();
            return Page();
        }

        if (await writer.CreateAsync(Input.Version!, Input.Notes, PublicBaseUrl.Of(Request), User.Identity?.Name, ct) is not { } release)
        {
            ModelState.AddModelError("Input.Version", Text.Format("Release {0} exists already; a version is never reused.", Input.Version));
            Releases = store.List();
            return Page();
        }

        TempData["Message"] = Text.Format("Release {0} created: {1}, {2}.", release.Manifest.Version, Labels.Count(release.Manifest.Counts.Strikes, "strike", "strikes"), Labels.Count(release.Manifest.Files.Count, "file", "files"));
        return RedirectToPage("/Releases/Details", new { version = release.Manifest.Version });
    }

    public async Task<IActionResult> OnPostWithdrawAsync(string version, string? reason, CancellationToken ct)
    {
        var problem = string.IsNullOrWhiteSpace(reason) || reason.Trim().Length < 3 ? Text.Of("Give the reason readers will see (at least 3 characters).")
            : reason.Length > 1000 ? Text.Format("The reason is longer than {0} characters.", 1000.ToString("N0", System.Globalization.CultureInfo.CurrentCulture))
            : Editing.TextCharacters.Problem(reason, multiLine: true);
        if (store.Find(version) is not { } release || release.Manifest.Version != version)
        {
            return NotFound();
        }

        if (problem is not null)
        {
            TempData["Message"] = Text.Format("Release {0} was not withdrawn: {1}", version, problem);
        }
        else
        {
            TempData["Message"] = await store.WithdrawAsync(release, reason!.Trim(), clock.GetUtcNow().UtcDateTime, ct)
                ? Text.Format("Release {0} withdrawn.", version)
                : Text.Format("Release {0} was withdrawn already.", version);
        }

        return RedirectToPage();
    }
}
