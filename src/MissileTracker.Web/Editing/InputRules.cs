namespace MissileTracker.Web.Editing;

/// <summary>Limits shared by every form and API body.</summary>
public static class InputRules
{
    /// <summary>No figure in a report of one strike comes close; larger numbers are typing errors.</summary>
    public const int MaxCount = 100_000;

    /// <summary>Earliest date a strike or report may carry (Russia's war on Ukraine began in 2014).</summary>
    public static readonly DateOnly EarliestDate = new(2014, 1, 1);

    /// <summary>
    /// The latest acceptable date: today in Kyiv. Dates are entered in Kyiv time, which runs
    /// ahead of UTC, so today's strike must not be refused as "in the future".
    /// </summary>
    public static DateOnly LatestDate(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Kyiv).DateTime);

    private static readonly TimeZoneInfo Kyiv = FindKyiv();

    // "Europe/Kyiv" is the current IANA name; older tz databases only know "Europe/Kiev".
    private static TimeZoneInfo FindKyiv()
    {
        foreach (var id in new[] { "Europe/Kyiv", "Europe/Kiev", "FLE Standard Time" })
        {
            if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
            {
                return zone;
            }
        }

        return TimeZoneInfo.CreateCustomTimeZone("Kyiv (UTC+2)", TimeSpan.FromHours(2), "Kyiv", "Kyiv");
    }

    public static bool IsHttpUrl(string value, out Uri? uri) =>
        Uri.TryCreate(value, UriKind.Absolute, out uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);
}
