using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MissileTracker.Web.Http;
using MissileTracker.Web.Releases;

namespace MissileTracker.Web.Pages.Releases;

/// <summary>One release: its citation, its files with their hashes, and a comparison with an earlier release.</summary>
public sealed class DetailsModel(ReleaseStore store, ReleaseCitation citation) : PageModel
{
    public StoredRelease Release { get; private set; } = null!;
    public string Citation { get; private set; } = "";

    /// <summary>The other releases, to compare with.</summary>
    public IReadOnlyList<StoredRelease> Others { get; private set; } = [];

    public IActionResult OnGet(string version)
    {
        if (store.Find(version) is not { } release)
        {
            return NotFound();
        }

        if (release.Manifest.Version != version)
        {
            // "latest" moves; the page of the version it names does not.
            return RedirectToPage(new { version = release.Manifest.Version });
        }

        Release = release;
        Citation = citation.Text(release.Manifest, PublicBaseUrl.Of(Request));
        Others = store.List().Where(r => r.Manifest.Version != version).ToList();
        return Page();
    }
}
