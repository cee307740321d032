using System.Net;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Reports;
using MissileTracker.Web.Sources;
using Microsoft.Extensions.DependencyInjection;

namespace MissileTracker.Tests.Sources;

/// <summary>
/// What the snapshot and link-check tests share: the local site, a <see cref="TrackerApp"/> allowed to fetch from it (and
/// only it: names resolve through <see cref="FakeResolver"/>), a private snapshot directory, and reports to point at pages.
/// </summary>
public abstract class SnapshotTestSite : IAsyncLifetime
{
    protected LocalSite Site { get; private set; } = null!;
    protected TrackerApp App { get; private set; } = null!;
    protected string SnapshotDirectory { get; } = Path.Combine(Path.GetTempPath(), "mt-snapshots-" + Guid.NewGuid().ToString("N"));

    /// <summary>Extra settings, e.g. a small <c>Snapshots:MaxBytes</c>.</summary>
    protected virtual Dictionary<string, string?> MoreSettings => [];

    public async Task InitializeAsync()
    {
        Site = await LocalSite.StartAsync();
        var settings = Site.Settings(SnapshotDirectory);
        foreach (var (key, value) in MoreSettings)
        {
            settings[key] = value;
        }

        App = new TrackerApp(settings: settings, configureServices: services =>
            services.AddSingleton<IHostResolver>(new FakeResolver(new() { ["intranet.test"] = [IPAddress.Parse("10.0.0.7")] })));
    }

    public async Task DisposeAsync()
    {
        App.Dispose();
        await Site.DisposeAsync();
        if (Directory.Exists(SnapshotDirectory))
        {
            Directory.Delete(SnapshotDirectory, recursive: true);
        }
    }

    /// <summary>Stores a report with <paramref name="url"/> and returns its id.</summary>
    protected Task<int> AddReportAsync(string? url, bool published = true, string title = "Missiles hit Kharkiv") =>
        App.WithDbAsync(async db =>
        {
            var report = new Report
            {
                Url = url is null ? null : new Uri(url), Outlet = "Local site", Title = title, Language = "en",
                Status = published ? PublicationStatus.Published : PublicationStatus.Draft,
                PublishedAt = published ? DateTime.UtcNow : null,
            };
            db.Reports.Add(report);
            await db.SaveChangesAsync();
            return report.Id;
        });

    protected static MultipartFormDataContent FilePart(byte[] content, string fileName, string? contentType)
    {
        var file = new ByteArrayContent(content);
        if (contentType is not null)
        {
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        }

        return new MultipartFormDataContent { { file, SnapshotEditor.FileField, fileName } };
    }
}
