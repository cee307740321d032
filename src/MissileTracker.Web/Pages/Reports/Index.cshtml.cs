using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MissileTracker.Web.Pages.Shared;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Reports;

namespace MissileTracker.Web.Pages.Reports;

/// <summary>News reports by outlet and date.</summary>
public sealed class IndexModel(ReportQueries reports) : PageModel
{
    public ReportListParameters Query { get; private set; } = new();
    public Page<ReportSummary> Results { get; private set; } = new([], PageRequest.First, 0);
    public IDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public Pager Pager => Pager.For(Request, Results, Results.Total == 1 ? "report" : "reports");

    public async Task OnGetAsync([FromQuery] ReportListParameters query, CancellationToken ct)
    {
        Query = query;
        var errors = new QueryStringParser();
        var (filter, page) = query.Parse(errors);
        if (errors.Any)
        {
            Errors = errors.ToDictionary();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        Results = await reports.ListAsync(filter, page, ct);
    }
}
