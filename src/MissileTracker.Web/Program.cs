using MissileTracker.Web.Data;
using MissileTracker.Web.Http;
using MissileTracker.Web.Querying;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddTrackerDatabase(builder.Configuration, builder.Environment);
builder.Services.AddTrackerQueries();
builder.Services.AddTrackerHttp();
builder.Services.AddTrackerOpenApi();
builder.Services.AddRazorPages();

var app = builder.Build();

app.UseTrackerErrorHandling();
app.UseRouting();
app.UseCors();
app.UseAuthorization();
// After authentication, so signed-in editors are limited per user with their higher limit.
app.UseRateLimiter();
app.UseTrackerOpenApi();
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapTrackerApi();

await app.PrepareDatabaseAsync();
await app.RunAsync();
