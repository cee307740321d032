using MissileTracker.Web.Publishing;
using MissileTracker.Web.Sources;
using MissileTracker.Web.Statements;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.Reports;

/// <summary>A reference to a news report.</summary>
/// <param name="Id">The report's id (<c>/api/v1/reports/{id}</c>).</param>
/// <param name="Url">Link to the report; null when the stored copy had none.</param>
/// <param name="Outlet">Publishing outlet.</param>
/// <param name="Title">Headline.</param>
/// <param name="PublishedOn">Publication date; null when not shown in the report.</param>
/// <param name="Language">ISO 639-1 language code.</param>
public sealed record ReportRef(int Id, string? Url, string Outlet, string Title, DateOnly? PublishedOn, string Language)
{
    public static ReportRef From(Report r) => new(r.Id, r.Url?.AbsoluteUri, r.Outlet, r.Title, r.PublishedOn, r.Language);
}

/// <summary>A news report in the list.</summary>
/// <param name="Id">The report's id.</param>
/// <param name="Url">Link to the report; null when the stored copy had none.</param>
/// <param name="Outlet">Publishing outlet.</param>
/// <param name="Title">Headline.</param>
/// <param name="Byline">Author(s) as printed.</param>
/// <param name="PublishedOn">Publication date; null when not shown in the report.</param>
/// <param name="Language">ISO 639-1 language code.</param>
/// <param name="Cites">Sources the report itself cites.</param>
/// <param name="StrikeCount">Strikes the report covers.</param>
/// <param name="StatementCount">Statements the report publishes.</param>
public sealed record ReportSummary(int Id, string? Url, string Outlet, string Title, string? Byline, DateOnly? PublishedOn, string Language, string? Cites, int StrikeCount, int StatementCount)
{
    public static ReportSummary From(Report r, int strikeCount, int statementCount) =>
        new(r.Id, r.Url?.AbsoluteUri, r.Outlet, r.Title, r.Byline, r.PublishedOn, r.Language, r.Cites, strikeCount, statementCount);
}

/// <summary>A news report with the strikes it covers and the statements it publishes.</summary>
/// <param name="Id">The report's id.</param>
/// <param name="Url">Link to the report; null when the stored copy had none.</param>
/// <param name="Outlet">Publishing outlet.</param>
/// <param name="Title">Headline.</param>
/// <param name="Byline">Author(s) as printed.</param>
/// <param name="PublishedOn">Publication date; null when not shown in the report.</param>
/// <param name="Language">ISO 639-1 language code.</param>
/// <param name="Cites">Sources the report itself cites.</param>
/// <param name="Strikes">Strikes the report covers, newest first.</param>
/// <param name="Statements">Statements the report publishes.</param>
/// <param name="Status">Published, or Draft (staff reads only).</param>
/// <param name="Version">Concurrency version: send it back with an update.</param>
/// <param name="ArchiveUrl">An external archived copy (e.g. a Wayback Machine capture); null when none is recorded.</param>
/// <param name="Snapshots">Copies the tracker keeps, oldest first, each with its SHA-256.</param>
/// <param name="LinkCheck">The latest check of <c>url</c>; null when it was never checked.</param>
public sealed record ReportDetail(int Id, string? Url, string Outlet, string Title, string? Byline, DateOnly? PublishedOn, string Language, string? Cites,
    IReadOnlyList<StrikeRef> Strikes, IReadOnlyList<StatementDto> Statements, PublicationStatus Status, int Version,
    string? ArchiveUrl, IReadOnlyList<SnapshotDto> Snapshots, LinkCheckDto? LinkCheck);
