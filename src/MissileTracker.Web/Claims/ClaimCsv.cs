using System.Globalization;
using MissileTracker.Web.Api;
using MissileTracker.Web.Statements;

namespace MissileTracker.Web.Claims;

/// <summary>One aggregate claim as <c>claims.csv</c> writes it.</summary>
public sealed record ClaimExportRow(
    int Id, DateOnly? StatedOn, string? Speaker, string Organisation, DateOnly? PeriodStart, DateOnly? PeriodEnd, DateOnly? PeriodAsOf,
    string? PeriodNote, IReadOnlyList<ClaimRegion> Regions, string Quote, QuoteKind QuoteKind, string? NoReportReason,
    IReadOnlyList<Uri?> ReportUrls, IReadOnlyList<string> ReportOutlets);

/// <summary>One figure of a claim as <c>claim-figures.csv</c> writes it.</summary>
public sealed record ClaimFigureExportRow(int ClaimId, int Position, ClaimFigureKind Kind, string? Unit, Figure Figure, string? WeaponLabel, string? Note);

/// <summary>
/// The two claim CSVs (see docs/codebook.md): <c>claims.csv</c>, one row per claim, and <c>claim-figures.csv</c>,
/// one row per figure, joined on claimId. As for strikes, columns are only ever added at the end.
/// </summary>
public static class ClaimCsv
{
    public static IReadOnlyList<CsvColumn<ClaimExportRow>> ClaimColumns { get; } =
    [
        new("id", r => Number(r.Id), IsNumber: true),
        new("statedOn", r => Date(r.StatedOn)),
        new("speaker", r => r.Speaker),
        new("organisation", r => r.Organisation),
        new("periodStart", r => Date(r.PeriodStart)),
        new("periodEnd", r => Date(r.PeriodEnd)),
        new("periodAsOf", r => Date(r.PeriodAsOf)),
        new("periodNote", r => r.PeriodNote),
        new("regions", r => string.Join("; ", r.Regions.OrderBy(x => x.Position).Select(x => x.Count is { } n ? $"{x.NameAsSaid} ×{n}" : x.NameAsSaid))),
        new("regionOblasts", r => string.Join("; ", r.Regions.OrderBy(x => x.Position).Select(x => x.Oblast?.ToString() ?? ""))),
        new("quote", r => r.Quote),
        new("quoteKind", r => r.QuoteKind.ToString()),
        new("noReportReason", r => r.NoReportReason),
        new("reportUrls", r => string.Join(' ', r.ReportUrls.OfType<Uri>().Select(u => u.AbsoluteUri))),
        new("reportOutlets", r => string.Join("; ", r.ReportOutlets)),
    ];

    public static IReadOnlyList<CsvColumn<ClaimFigureExportRow>> FigureColumns { get; } =
    [
        new("claimId", r => Number(r.ClaimId), IsNumber: true),
        new("position", r => Number(r.Position), IsNumber: true),
        new("kind", r => r.Kind.ToString()),
        new("unit", r => r.Unit),
        new("value", r => Number(r.Figure.Value), IsNumber: true),
        new("low", r => Number(r.Figure.Low), IsNumber: true),
        new("high", r => Number(r.Figure.HighBound), IsNumber: true),
        new("qualifier", r => r.Figure.Qualifier.ToString()),
        new("words", r => r.Figure.Words),
        new("weaponLabel", r => r.WeaponLabel),
        new("note", r => r.Note),
        new("text", r => ClaimTexts.Figure(r.Figure, r.Kind, r.Unit, r.WeaponLabel)),
    ];

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
