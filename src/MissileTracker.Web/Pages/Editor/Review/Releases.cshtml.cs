using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MissileTracker.Web.Http;
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
            ModelState.AddModelError("Input.Version", $"Release {Input.Version} exists already; a version is never reused.");
            Releases = store.List();
            return Page();
        }

        TempData["Message"] = $"Release {release.Manifest.Version} created: {release.Manifest.Counts.Strikes:N0} strikes, {release.Manifest.Files.Count} files.";
        return RedirectToPage("/Releases/Details", new { version = release.Manifest.Version });
    }

    public async Task<IActionResult> OnPostWithdrawAsync(string version, string? reason, CancellationToken ct)
    {
        var problem = string.IsNullOrWhiteSpace(reason) || reason.Trim().Length < 3 ? "Give the reason readers will see (at least 3 characters)."
            : reason.Length > 1000 ? "The reason is longer than 1,000 characters."
            : Editing.TextCharacters.Problem(reason, multiLine: true);
        if (store.Find(version) is not { } release || release.Manifest.Version != version)
        {
            return NotFound();
        }

        if (problem is not null)
        {
            TempData["Message"] = $"Release {version} was not withdrawn: {problem}";
        }
        else
        {
            TempData["Message"] = await store.WithdrawAsync(release, reason!.Trim(), clock.GetUtcNow().UtcDateTime, ct)
                ? $"Release {version} withdrawn."
                : $"Release {version} was withdrawn already.";
        }

        return RedirectToPage();
    }
}
