namespace MissileTracker.Web.Querying;

/// <summary>
/// The one switch for the caches of results (the aggregate cache and the output cache): <c>Caching:Results</c>,
/// true unless set to false. The benchmark harness turns it off to measure what every distinct request costs.
/// </summary>
public static class ResultCaching
{
    public const string Setting = "Caching:Results";

    public static bool IsEnabled(IConfiguration configuration) => configuration.GetValue(Setting, true);
}
