using MissileTracker.Web.Accounts;
using MissileTracker.Web.Api;
using MissileTracker.Web.Api.OpenApi;
using MissileTracker.Web.Data;
using MissileTracker.Web.Data.Generation;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Health;
using MissileTracker.Web.Http;
using MissileTracker.Web.Pages;
using MissileTracker.Web.Querying;

// Before the host is built: the copy reads --from and writes --to, and must not migrate or seed the configured database.
if (CopyToPostgresCommand.IsRequested(args))
{
    return await CopyToPostgresCommand.RunAsync(args, Console.Out);
}

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddTrackerDatabase(builder.Configuration, builder.Environment);
builder.Services.AddTrackerAccounts(builder.Environment);
builder.Services.AddTrackerQueries();
builder.Services.AddTrackerEditing();
builder.Services.AddTrackerHttp();
builder.Services.AddTrackerApi();
builder.Services.AddTrackerOpenApi();
builder.Services.AddTrackerHealthChecks();
builder.Services.AddTrackerPages();

var app = builder.Build();

await app.PrepareDatabaseAsync();
if (CreateAdminCommand.IsRequested(args))
{
    return await CreateAdminCommand.RunAsync(app.Services, args, Console.In, Console.Out);
}

if (CreateTokenCommand.IsRequested(args))
{
    return await CreateTokenCommand.RunAsync(app.Services, args, Console.Out);
}

if (GenerateCommand.IsRequested(args))
{
    return await GenerateCommand.RunAsync(app.Services, args, Console.Out);
}

if (BackupCommand.IsRequested(args))
{
    return await BackupCommand.RunAsync(app.Services, args, Console.Out);
}

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
