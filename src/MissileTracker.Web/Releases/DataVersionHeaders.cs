using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;

namespace MissileTracker.Web.Releases;

/// <summary>
/// Says on every public API read what data it comes from, so a saved response can be matched to a release or to
/// the live data: <c>X-Data-Version</c> (the change log's newest entry: every edit, publication and import moves it)
/// and <c>X-Data-Release</c> (<c>unreleased</c> for the live data; a release's files carry their version instead).
/// </summary>
internal sealed class DataVersionHeaders(TrackerDbContext db) : IEndpointFilter
{
    public const string VersionHeader = "X-Data-Version";
    public const string ReleaseHeader = "X-Data-Release";
    public const string Unreleased = "unreleased";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var headers = context.HttpContext.Response.Headers;
        var version = await db.ChangeLog.MaxAsync(c => (long?)c.Id, context.HttpContext.RequestAborted) ?? 0;
        headers[VersionHeader] = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        headers[ReleaseHeader] = Unreleased;
        return await next(context);
    }
}
