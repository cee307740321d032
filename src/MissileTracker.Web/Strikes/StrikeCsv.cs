using System.Globalization;
using MissileTracker.Web.Api;

namespace MissileTracker.Web.Strikes;

/// <summary>
/// The strike CSV: a documented, stable column set (see docs/api.md). Columns are only ever
/// added at the end; list cells join values with "; " (officials) or a space (URLs, which
/// never contain one).
/// </summary>
public static class StrikeCsv
{
    /// <summary>One column: its header, its cell, and whether the cell is a number (never neutralised, so -3.5 stays a number).</summary>
    public sealed record Column(string Name, Func<StrikeExportRow, string?> Value, bool IsNumber = false);

    public static IReadOnlyList<Column> Columns { get; } =
    [
        new("id", r => Number(r.Id), IsNumber: true),
        new("date", r => r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("datePrecision", r => r.DatePrecision.ToString()),
        new("dateText", r => r.DateText),
        new("timeOfDay", r => r.TimeOfDay?.ToString("HH:mm", CultureInfo.InvariantCulture)),
        new("settlement", r => r.Settlement),
        new("district", r => r.District),
        new("oblast", r => r.Oblast?.ToString()),
        new("oblastName", r => r.OblastName),
        new("latitude", r => r.Latitude?.ToString("R", CultureInfo.InvariantCulture), IsNumber: true),
        new("longitude", r => r.Longitude?.ToString("R", CultureInfo.InvariantCulture), IsNumber: true),
        new("locationPrecision", r => r.LocationPrecision.ToString()),
        new("missileType", r => r.MissileType),
        new("missileTypeName", r => r.MissileTypeName),
        new("originCountry", r => r.OriginCountry),
        new("originStatus", r => r.OriginStatus.ToString()),
        new("missilesLaunched", r => Number(r.MissilesLaunched), IsNumber: true),
        new("missilesIntercepted", r => Number(r.MissilesIntercepted), IsNumber: true),
        new("killed", r => Number(r.Killed), IsNumber: true),
        new("injured", r => Number(r.Injured), IsNumber: true),
        new("summary", r => r.Summary),
        new("officialsQuoted", r => string.Join("; ", r.OfficialsQuoted)),
        new("sourceUrls", r => string.Join(' ', r.SourceUrls)),
        new("createdAt", r => Timestamp(r.CreatedAt)),
        new("updatedAt", r => Timestamp(r.UpdatedAt)),
        new("endDate", r => r.EndDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("endTime", r => r.EndTime?.ToString("HH:mm", CultureInfo.InvariantCulture)),
        // Issue 13: each figure's qualifier, high end and words, appended so existing readers keep working.
        new("missilesLaunchedQualifier", r => r.MissilesLaunchedQualifier.ToString()),
        new("missilesLaunchedHigh", r => Number(r.MissilesLaunchedHigh), IsNumber: true),
        new("missilesLaunchedWords", r => r.MissilesLaunchedWords),
        new("missilesInterceptedQualifier", r => r.MissilesInterceptedQualifier.ToString()),
        new("missilesInterceptedHigh", r => Number(r.MissilesInterceptedHigh), IsNumber: true),
        new("missilesInterceptedWords", r => r.MissilesInterceptedWords),
        new("killedQualifier", r => r.KilledQualifier.ToString()),
        new("killedHigh", r => Number(r.KilledHigh), IsNumber: true),
        new("killedWords", r => r.KilledWords),
        new("injuredQualifier", r => r.InjuredQualifier.ToString()),
        new("injuredHigh", r => Number(r.InjuredHigh), IsNumber: true),
        new("injuredWords", r => r.InjuredWords),
    ];

    /// <summary>
    /// What makes spreadsheet software read a cell as a formula when it comes first (OWASP, "CSV Injection"):
    /// = + - @ start one, and a leading tab or carriage return is skipped before looking.
    /// </summary>
    public const string FormulaTriggers = "=+-@\t\r";

    /// <param name="rows">The strikes, in order.</param>
    /// <param name="body">Where the CSV goes.</param>
    /// <param name="escapeFormulas">Prefix formula-like text cells with an apostrophe (see <see cref="Neutralise"/>); false writes every cell as stored.</param>
    /// <param name="ct">Cancellation.</param>
    public static Task WriteAsync(IAsyncEnumerable<StrikeExportRow> rows, Stream body, bool escapeFormulas, CancellationToken ct) =>
        CsvTable.WriteAsync(Columns.Select(c => new CsvColumn<StrikeExportRow>(c.Name, c.Value, c.IsNumber)).ToList(), rows, body, escapeFormulas, ct);

    /// <summary>A text cell a spreadsheet would evaluate, made inert with a leading apostrophe (shown as text, the apostrophe hidden).</summary>
    public static string? Neutralise(string? value) =>
        value is { Length: > 0 } && FormulaTriggers.Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Timestamp(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}
