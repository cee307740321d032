using Microsoft.AspNetCore.Mvc;
using MissileTracker.Web.Pages.Shared;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Reports;

namespace MissileTracker.Web.Pages.Reports;

/// <summary>News reports by outlet and date.</summary>
public sealed class IndexModel(ReportQueries reports) : QueryPageModel
{
    public ReportFilterParameters Query { get; private set; } = new();
    public Page<ReportSummary> Results { get; private set; } = new([], PageRequest.First, 0);
    public Pager Pager => Pager.For(Request, Results, "report", "reports");

    public async Task OnGetAsync([FromQuery] ReportFilterParameters query, [FromQuery] PagingParameters paging, CancellationToken ct)
    {
        Query = query;
        if (await ParseQueryAsync(ct, query, paging))
        {
            Results = await reports.ListAsync(query.Filter, paging.PageRequest, ct);
        }
    }
}
