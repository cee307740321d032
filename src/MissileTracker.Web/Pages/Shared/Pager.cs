using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Pages.Shared;

/// <summary>What <c>_Pager.cshtml</c> needs: where the neighbouring pages are and where we are.</summary>
public sealed record Pager(PageLinks Links, int Page, int PageCount, int Total, string One, string Many)
{
    // one: the noun for one item ("report"), many: for several ("reports"); Labels.Count chooses and translates.
    public static Pager For<T>(HttpRequest request, Page<T> page, string one, string many) =>
        new(PageLinks.For(request, page, absolute: false), page.Request.Page, page.PageCount, page.Total, one, many);
}
