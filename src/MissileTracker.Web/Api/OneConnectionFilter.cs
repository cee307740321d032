using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;

namespace MissileTracker.Web.Api;

/// <summary>
/// Opens the request's database connection once for the whole read. Left to itself EF Core opens and closes the
/// connection around every query; a strike's detail sends about ten, and each open and close (taking the connection
/// from Microsoft.Data.Sqlite's pool, registering EF's SQL functions on it, handing it back) was a tenth of the detail's
/// time in the profile (docs/performance.md, "Issue 18, third pass"). A streamed export runs after this filter has
/// closed the connection and opens its own.
/// </summary>
internal sealed class OneConnectionFilter(TrackerDbContext db) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        await db.Database.OpenConnectionAsync(context.HttpContext.RequestAborted);
        try
        {
            return await next(context);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
