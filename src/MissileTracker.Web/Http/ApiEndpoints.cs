using MissileTracker.Web.Claims;
using MissileTracker.Web.Officials;
using MissileTracker.Web.Reports;
using MissileTracker.Web.Strikes;
using MissileTracker.Web.Weapons;

namespace MissileTracker.Web.Http;

public static class ApiEndpoints
{
    /// <summary>Maps every resource under <c>/api/v1</c>.</summary>
    public static WebApplication MapTrackerApi(this WebApplication app)
    {
        app.MapStrikes();
        app.MapOfficials();
        app.MapReports();
        app.MapClaims();
        app.MapWeapons();
        return app;
    }
}
