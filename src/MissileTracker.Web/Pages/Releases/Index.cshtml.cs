using Microsoft.AspNetCore.Mvc.RazorPages;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Http;
using MissileTracker.Web.Releases;

namespace MissileTracker.Web.Pages.Releases;

/// <summary>Every release, newest first, with how to cite it; and what the live (unreleased) data is.</summary>
public sealed class IndexModel(ReleaseStore store, ReleaseCitation citation, AggregateCache aggregates) : PageModel
{
    public IReadOnlyList<StoredRelease> Releases { get; private set; } = [];

    /// <summary>The live data's version (the change log's newest entry), as the exports' X-Data-Version says.</summary>
    public long CurrentDataVersion { get; private set; }

    public string CitationOf(StoredRelease release) => citation.Text(release.Manifest, PublicBaseUrl.Of(Request));

    public async Task OnGetAsync(CancellationToken ct)
    {
        Releases = store.List();
        CurrentDataVersion = await aggregates.DataVersionAsync(ct);
    }
}
