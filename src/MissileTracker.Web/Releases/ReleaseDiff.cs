using MissileTracker.Web.History;

namespace MissileTracker.Web.Releases;

/// <summary>What changed between two releases, table by table.</summary>
/// <param name="From">The older release's version.</param>
/// <param name="To">The newer release's version.</param>
/// <param name="Tables">One entry per table both releases hold (<c>strikes.csv</c>, …).</param>
public sealed record ReleaseDiff(string From, string To, IReadOnlyList<TableDiff> Tables);

/// <summary>The rows of one table added, removed and changed between two releases, matched by their <c>id</c>.</summary>
/// <param name="File">The table's file, e.g. <c>strikes.csv</c>.</param>
/// <param name="Added">Rows only in the newer release.</param>
/// <param name="Removed">Rows only in the older release.</param>
/// <param name="Changed">Rows in both whose values differ (<c>createdAt</c>/<c>updatedAt</c> alone do not count), with each changed field before and after.</param>
/// <param name="Truncated">True when a list was cut at <see cref="ReleaseDiffer.MaxListed"/> rows; the counts are always complete.</param>
/// <param name="AddedCount">All rows added.</param>
/// <param name="RemovedCount">All rows removed.</param>
/// <param name="ChangedCount">All rows changed.</param>
/// <param name="ColumnsAdded">Columns only the newer release has (not compared).</param>
public sealed record TableDiff(
    string File,
    IReadOnlyList<DiffRow> Added,
    IReadOnlyList<RemovedRow> Removed,
    IReadOnlyList<ChangedRow> Changed,
    bool Truncated,
    int AddedCount,
    int RemovedCount,
    int ChangedCount,
    IReadOnlyList<string> ColumnsAdded);

/// <summary>A row added between releases.</summary>
/// <param name="Id">The record's id.</param>
/// <param name="Label">A readable label (a strike's date), when the table has one.</param>
public sealed record DiffRow(string Id, string? Label);

/// <summary>A row removed between releases.</summary>
/// <param name="Id">The record's id.</param>
/// <param name="Label">A readable label, when the table has one.</param>
/// <param name="MergedInto">The strike it was merged into, when it was merged rather than deleted or unpublished.</param>
public sealed record RemovedRow(string Id, string? Label, int? MergedInto);

/// <summary>A row whose values changed between releases.</summary>
/// <param name="Id">The record's id.</param>
/// <param name="Label">A readable label in the newer release, when the table has one.</param>
/// <param name="Fields">Each changed column, before and after (null: empty).</param>
public sealed record ChangedRow(string Id, string? Label, IReadOnlyList<FieldChange> Fields);
