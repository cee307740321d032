using MissileTracker.Web.Reports;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.Import;

/// <summary>A batch of reports and the strikes they cover, imported all or nothing.</summary>
/// <param name="Reports">Reports; each has a <c>key</c> the strikes refer to.</param>
/// <param name="Strikes">Strikes; each may list the keys of its reports.</param>
public sealed record ImportRequest(List<ImportedReport>? Reports, List<ImportedStrike>? Strikes);

/// <summary>A report row: the report's fields plus a key local to the batch.</summary>
public sealed class ImportedReport
{
    /// <summary>Key the batch's strikes use to refer to this report, e.g. "r1".</summary>
    /// <example>r1</example>
    public string? Key { get; set; }

    /// <summary>The report's fields.</summary>
    public ReportInput Report { get; set; } = new();
}

/// <summary>A strike row: the strike's fields plus the keys of its reports in the batch.</summary>
public sealed class ImportedStrike
{
    /// <summary>The strike's fields; link reports with <see cref="ReportKeys"/> (reportIds is not used in imports).</summary>
    public StrikeInput Strike { get; set; } = new();

    /// <summary>Keys of reports in the same batch that cover this strike.</summary>
    /// <example>["r1"]</example>
    public List<string>? ReportKeys { get; set; }
}

/// <summary>What an import did, or in a dry run would do.</summary>
/// <param name="DryRun">True when nothing was written.</param>
/// <param name="ReportsCreated">Reports new to the tracker.</param>
/// <param name="ReportsAlreadyStored">Reports whose URL was already stored (left as they are).</param>
/// <param name="StrikesCreated">Strikes new to the tracker (as drafts).</param>
/// <param name="StrikesAlreadyStored">Strikes matching a stored one (same date, place, missile type and summary), left as they are.</param>
/// <param name="RowsChecked">Rows read and checked: for JSON each entry of <c>reports</c> and <c>strikes</c>, for CSV each data row.</param>
/// <param name="RowsCreated">Rows whose record was created (for CSV: whose strike was); <c>rowsChecked = rowsCreated + rowsSkipped</c>.</param>
/// <param name="RowsSkipped">Rows whose record was already stored and left as it is (for CSV: whose strike was).</param>
public sealed record ImportResult(
    bool DryRun, int ReportsCreated, int ReportsAlreadyStored, int StrikesCreated, int StrikesAlreadyStored, int RowsChecked, int RowsCreated, int RowsSkipped);
