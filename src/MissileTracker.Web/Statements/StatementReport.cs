using MissileTracker.Web.Reports;

namespace MissileTracker.Web.Statements;

/// <summary>Links a statement to a report that published it (many-to-many).</summary>
public sealed class StatementReport
{
    public int StatementId { get; set; }
    public Statement Statement { get; set; } = null!;
    public int ReportId { get; set; }
    public Report Report { get; set; } = null!;
}
