using MissileTracker.Web.Accounts;
using MissileTracker.Web.Api;
using MissileTracker.Web.Api.OpenApi;
using MissileTracker.Web.Commands;
using MissileTracker.Web.Data;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Health;
using MissileTracker.Web.Http;
using MissileTracker.Web.Localization;
using MissileTracker.Web.Pages;
using MissileTracker.Web.Querying;

// A first argument that is not an option names a maintenance command (or help); only options start the server.
if (TrackerCommands.IsRequested(args))
{
    return await TrackerCommands.RunAsync(args, () => CreateAppAsync(args), Console.In, Console.Out, Console.Error);
}

var app = await CreateAppAsync(args);
app.UseTrackerLocalization();
app.UseTrackerErrorHandling();
app.UseRouting();
// After routing, so an endpoint's own body limit (the import's) applies; still before anything reads the body.
app.UseRequestSizeLimit(RequestSizeLimit.MaxBytes(app.Configuration));
app.UseCors();
app.UseAuthentication();
app.UseApiTokenFirstOnWrites();
app.UseAuthorization();
// After authentication, so signed-in editors are limited per user with their higher limit.
app.UseRateLimiter();
app.UseTrackerOpenApi();
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapTrackerApi();
app.MapTrackerHealthChecks();

await app.RunAsync();
return 0;

// The app with its services and a migrated (and, unless turned off, seeded) database: what the server and the commands share.
static async Task<WebApplication> CreateAppAsync(string[] args)
{
    var builder = WebApplication.CreateBuilder(args);
    builder.Services.AddTrackerDatabase(builder.Configuration, builder.Environment);
    builder.Services.AddTrackerAccounts(builder.Environment);
    builder.Services.AddTrackerQueries();
    builder.Services.AddTrackerEditing();
    builder.Services.AddTrackerHttp();
    builder.Services.AddTrackerApi(builder.Configuration);
    builder.Services.AddTrackerOpenApi();
    builder.Services.AddTrackerHealthChecks();
    builder.Services.AddTrackerLocalization();
    builder.Services.AddTrackerPages();

    var app = builder.Build();
    await app.PrepareDatabaseAsync();
    return app;
}
