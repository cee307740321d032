using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MissileTracker.Web.Claims;
using MissileTracker.Web.Pages.Shared;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Statements;

namespace MissileTracker.Web.Pages.Claims;

public sealed class IndexModel(ClaimQueries claims) : PageModel
{
    public Page<StatementDto> Results { get; private set; } = new([], PageRequest.First, 0);
    public IDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public Pager Pager => Pager.For(Request, Results, "claims");

    public async Task OnGetAsync([FromQuery] PagingParameters paging, CancellationToken ct)
    {
        var errors = new QueryStringParser();
        var page = paging.Parse(errors);
        if (errors.Any)
        {
            Errors = errors.ToDictionary();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        Results = await claims.ListAsync(StatementFilter.None, page, ct);
    }
}
