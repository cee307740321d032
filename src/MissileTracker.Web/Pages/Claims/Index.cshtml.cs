using Microsoft.AspNetCore.Mvc;
using MissileTracker.Web.Claims;
using MissileTracker.Web.Pages.Shared;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Statements;

namespace MissileTracker.Web.Pages.Claims;

public sealed class IndexModel(ClaimQueries claims) : QueryPageModel
{
    public Page<StatementDto> Results { get; private set; } = new([], PageRequest.First, 0);
    public Pager Pager => Pager.For(Request, Results, "claim", "claims");

    public async Task OnGetAsync([FromQuery] PagingParameters paging, CancellationToken ct)
    {
        if (await ParseQueryAsync(ct, paging))
        {
            Results = await claims.ListAsync(StatementFilter.None, paging.PageRequest, ct);
        }
    }
}
