namespace MissileTracker.Web.Sources;

/// <summary>Where snapshots are kept and how large one may be (<c>Snapshots:</c> in configuration).</summary>
public sealed class SnapshotSettings
{
    public const string Section = "Snapshots";

    /// <summary>
    /// The directory holding the files, each named by its SHA-256; relative paths are under the content root.
    /// PostgreSQL deployments keep the same default or point it at shared storage.
    /// </summary>
    public string Directory { get; set; } = "App_Data/snapshots";

    /// <summary>The largest file accepted, uploaded or fetched (default 20 MiB: a long article saved as PDF with its images).</summary>
    public long MaxBytes { get; set; } = 20 * 1024 * 1024;
}

/// <summary>How the app fetches other sites' pages: captures and link checks alike (<c>Fetching:</c> in configuration).</summary>
public sealed class FetchSettings
{
    public const string Section = "Fetching";

    /// <summary>The whole fetch, redirects and body included.</summary>
    public int TimeoutSeconds { get; set; } = 20;

    /// <summary>Redirects followed, each checked like the first URL; one more is an error.</summary>
    public int MaxRedirects { get; set; } = 5;

    /// <summary>
    /// Loopback ports the fetcher may connect to: empty (the default) refuses every loopback address. For tests,
    /// which serve pages from an in-process server on 127.0.0.1; other loopback ports stay refused.
    /// </summary>
    public List<int> AllowLoopbackPorts { get; } = [];

    /// <summary>Link checks running at once, across all hosts.</summary>
    public int LinkCheckConcurrency { get; set; } = 4;

    /// <summary>The pause between two requests to the same host during link checks: politeness to the outlets.</summary>
    public int PerHostDelayMilliseconds { get; set; } = 1000;

    /// <summary>Sent with every request, so outlets can tell who is fetching.</summary>
    public string UserAgent { get; set; } = "MissileTracker-archiver/1.0";
}
