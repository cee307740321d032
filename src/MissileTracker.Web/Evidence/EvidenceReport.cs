using MissileTracker.Web.Reports;

namespace MissileTracker.Web.Evidence;

/// <summary>A report that cites an evidence record.</summary>
public sealed class EvidenceReport
{
    public int EvidenceRecordId { get; set; }
    public EvidenceRecord EvidenceRecord { get; set; } = null!;
    public int ReportId { get; set; }
    public Report Report { get; set; } = null!;
}
