namespace MissileTracker.Web.AirForce;

/// <summary>
/// One Air Force post for one reporting window: the post (its path as the dataset gives it and the https URL built from
/// it) and the window in Kyiv local time. A post's rows (one per weapon label) hang off it.
/// </summary>
public sealed class AirForceReport
{
    public int Id { get; set; }

    /// <summary>The account that published the post: the path's first segment, e.g. <c>kpszsu</c>.</summary>
    public string Account { get; set; } = "";

    /// <summary>The dataset's <c>source</c> cell verbatim: a post path without host.</summary>
    public string SourcePath { get; set; } = "";

    /// <summary>The post's address, built from <see cref="SourcePath"/> (<see cref="AirForcePosts.UrlOf"/>).</summary>
    public string PostUrl { get; set; } = "";

    /// <summary>The window's first day (Kyiv).</summary>
    public DateOnly StartsOn { get; set; }

    /// <summary>The window's start time (Kyiv); null when the dataset gives only a date.</summary>
    public TimeOnly? StartTime { get; set; }

    /// <summary>The window's last day (Kyiv): the next day for an overnight window.</summary>
    public DateOnly EndsOn { get; set; }

    /// <summary>The window's end time (Kyiv); null when the dataset gives only a date.</summary>
    public TimeOnly? EndTime { get; set; }

    public List<AirForceReportRow> Rows { get; } = [];
}
