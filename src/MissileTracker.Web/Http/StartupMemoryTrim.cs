namespace MissileTracker.Web.Http;

/// <summary>
/// Once the server has started, one aggressive full garbage collection gives the operating system back the memory that
/// starting used and no longer needs (EF Core's model and migrations, the reference data check, the first compiled code's
/// garbage). The workstation GC keeps freed memory committed for reuse, so without it the idle process held that memory
/// until it happened to collect (docs/performance.md, "Issue 18, sixth pass": the idle process's memory).
/// </summary>
internal sealed class StartupMemoryTrim(IHostApplicationLifetime lifetime, IConfiguration configuration) : IHostedService
{
    /// <summary>Whether to collect once after start (default true); the test suite, many apps in one process, turns it off.</summary>
    public const string Setting = "Runtime:TrimMemoryAfterStart";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (configuration.GetValue(Setting, true))
        {
            lifetime.ApplicationStarted.Register(static () =>
                ThreadPool.UnsafeQueueUserWorkItem(static _ => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true), null));
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
