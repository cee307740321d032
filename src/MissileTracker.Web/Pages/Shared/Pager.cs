using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Pages.Shared;

/// <summary>What <c>_Pager.cshtml</c> needs: where the neighbouring pages are and where we are.</summary>
public sealed record Pager(PageLinks Links, int Page, int PageCount, int Total, string Noun)
{
    public static Pager For<T>(HttpRequest request, Page<T> page, string noun) =>
        new(PageLinks.For(request, page, absolute: false), page.Request.Page, page.PageCount, page.Total, noun);
}
