using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MissileTracker.Web.Officials;
using MissileTracker.Web.Pages.Shared;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Pages.Officials;

public sealed class IndexModel(OfficialQueries officials) : PageModel
{
    public Page<OfficialSummary> Results { get; private set; } = new([], PageRequest.First, 0);
    public IDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public Pager Pager => Pager.For(Request, Results, "officials");

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

        Results = await officials.ListAsync(page, ct);
    }
}
