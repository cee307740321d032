using System.Globalization;
using MissileTracker.Web.Api;

namespace MissileTracker.Web.Statements;

/// <summary>
/// One row of <c>statements.csv</c>: what one statement says about one strike, with each figure as the source gave it
/// (value, qualifier, high end, words). A statement about no single strike (an aggregate claim) has one row with the
/// strike columns empty; its figures are in <c>claim-figures.csv</c>.
/// </summary>
public sealed record StatementExportRow(
    int Id, DateOnly? StatedOn, string? Speaker, string Organisation, bool IsAggregate, QuoteKind QuoteKind, string Quote,
    int? StrikeId, DateOnly? StrikeDate, string? DateAsReported, string? LocationAsReported, string? WeaponLabel,
    IReadOnlyList<string> WeaponCodes, OriginClaim? OriginClaim,
    Figure Missiles, Figure MissilesIntercepted, Figure Killed, Figure Injured,
    IReadOnlyList<Uri?> ReportUrls, IReadOnlyList<string> ReportOutlets);

/// <summary>The <c>statements.csv</c> columns (see docs/codebook.md); as for the other CSVs, columns are only ever added at the end.</summary>
public static class StatementCsv
{
    public static IReadOnlyList<CsvColumn<StatementExportRow>> Columns { get; } =
    [
        new("statementId", r => Number(r.Id), IsNumber: true),
        new("statedOn", r => Date(r.StatedOn)),
        new("speaker", r => r.Speaker),
        new("organisation", r => r.Organisation),
        new("isAggregate", r => r.IsAggregate ? "true" : "false"),
        new("quoteKind", r => r.QuoteKind.ToString()),
        new("quote", r => r.Quote),
        new("strikeId", r => Number(r.StrikeId), IsNumber: true),
        new("strikeDate", r => Date(r.StrikeDate)),
        new("dateAsReported", r => r.DateAsReported),
        new("locationAsReported", r => r.LocationAsReported),
        new("weaponLabel", r => r.WeaponLabel),
        new("missileTypes", r => string.Join("; ", r.WeaponCodes)),
        new("originClaim", r => r.OriginClaim?.ToString()),
        .. FigureColumns("missiles", r => r.Missiles),
        .. FigureColumns("missilesIntercepted", r => r.MissilesIntercepted),
        .. FigureColumns("killed", r => r.Killed),
        .. FigureColumns("injured", r => r.Injured),
        new("reportUrls", r => string.Join(' ', r.ReportUrls.OfType<Uri>().Select(u => u.AbsoluteUri))),
        new("reportOutlets", r => string.Join("; ", r.ReportOutlets)),
    ];

    /// <summary>
    /// A figure's five cells: the number, its qualifier, the high end of a range, the source's words and the readable text
    /// ("at least 10"), so "at least 10" is never read as 10. A figure the source did not give leaves all five empty.
    /// </summary>
    private static IEnumerable<CsvColumn<StatementExportRow>> FigureColumns(string name, Func<StatementExportRow, Figure> figure) =>
    [
        new(name, r => Number(figure(r).Value), IsNumber: true),
        new(name + "Qualifier", r => figure(r).IsGiven ? figure(r).Qualifier.ToString() : null),
        new(name + "High", r => Number(figure(r).High), IsNumber: true),
        new(name + "Words", r => figure(r).Words),
        new(name + "Text", r => figure(r).IsGiven ? figure(r).Text : null),
    ];

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
