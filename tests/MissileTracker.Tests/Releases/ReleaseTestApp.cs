using System.Net.Http.Json;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Releases;

namespace MissileTracker.Tests.Releases;

/// <summary>An app whose releases go to a fresh directory of its own, removed afterwards.</summary>
public sealed class ReleaseTestApp : IDisposable
{
    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "mt-releases-" + Guid.NewGuid().ToString("N"));

    public TrackerApp App { get; }

    public ReleaseTestApp() => App = new TrackerApp(settings: new Dictionary<string, string?> { ["Releases:Directory"] = Directory });

    public Task<HttpClient> ReviewerAsync() => App.ClientWithRolesAsync("reviewer-" + Guid.NewGuid().ToString("N")[..6], Roles.Reviewer);

    public static async Task<ReleaseSummary> CreateAsync(HttpClient reviewer, string version, string? notes = null)
    {
        var response = await reviewer.PostAsJsonAsync("/api/v1/releases", new { version, notes });
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync<ReleaseSummary>();
    }

    public void Dispose()
    {
        App.Dispose();
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
