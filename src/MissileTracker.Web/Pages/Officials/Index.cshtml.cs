using Microsoft.AspNetCore.Mvc;
using MissileTracker.Web.Officials;
using MissileTracker.Web.Pages.Shared;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Pages.Officials;

public sealed class IndexModel(OfficialQueries officials) : QueryPageModel
{
    public Page<OfficialSummary> Results { get; private set; } = new([], PageRequest.First, 0);
    public Pager Pager => Pager.For(Request, Results, "official", "officials");

    public async Task OnGetAsync([FromQuery] PagingParameters paging, CancellationToken ct)
    {
        if (await ParseQueryAsync(ct, paging))
        {
            Results = await officials.ListAsync(paging.PageRequest, ct);
        }
    }
}
