using MissileTracker.Web.Reports;

namespace MissileTracker.Web.Strikes;

/// <summary>Links a strike to a news report that covers it (many-to-many).</summary>
public sealed class StrikeReport
{
    public int StrikeId { get; set; }
    public Strike Strike { get; set; } = null!;
    public int ReportId { get; set; }
    public Report Report { get; set; } = null!;
}
