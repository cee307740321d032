using MissileTracker.Web.Claims;
using MissileTracker.Web.Import;
using MissileTracker.Web.Officials;
using MissileTracker.Web.Reports;
using MissileTracker.Web.Statements;
using MissileTracker.Web.Strikes;
using MissileTracker.Web.Weapons;

namespace MissileTracker.Web.Http;

public static class ApiEndpoints
{
    /// <summary>Maps every resource under <c>/api/v1</c>.</summary>
    public static WebApplication MapTrackerApi(this WebApplication app)
    {
        app.MapStrikes();
        app.MapDeletedStrikes();
        app.MapStrikeWrites();
        app.MapOfficials();
        app.MapOfficialWrites();
        app.MapReports();
        app.MapReportWrites();
        app.MapStatements();
        app.MapClaims();
        app.MapWeapons();
        app.MapImport();
        return app;
    }
}
