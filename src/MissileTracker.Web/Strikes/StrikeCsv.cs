using System.Globalization;
using CsvHelper;

namespace MissileTracker.Web.Strikes;

/// <summary>
/// The strike CSV: a documented, stable column set (see docs/api.md). Columns are only ever
/// added at the end; list cells join values with "; " (officials) or a space (URLs, which
/// never contain one).
/// </summary>
public static class StrikeCsv
{
    /// <summary>Rows written between flushes: the client starts receiving early and buffers stay small.</summary>
    private const int FlushEvery = 1000;

    public static IReadOnlyList<(string Name, Func<StrikeExportRow, string?> Value)> Columns { get; } =
    [
        ("id", r => Number(r.Id)),
        ("date", r => r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ("datePrecision", r => r.DatePrecision.ToString()),
        ("dateText", r => r.DateText),
        ("timeOfDay", r => r.TimeOfDay?.ToString("HH:mm", CultureInfo.InvariantCulture)),
        ("settlement", r => r.Settlement),
        ("district", r => r.District),
        ("oblast", r => r.Oblast?.ToString()),
        ("oblastName", r => r.OblastName),
        ("latitude", r => r.Latitude?.ToString("R", CultureInfo.InvariantCulture)),
        ("longitude", r => r.Longitude?.ToString("R", CultureInfo.InvariantCulture)),
        ("locationPrecision", r => r.LocationPrecision.ToString()),
        ("missileType", r => r.MissileType),
        ("missileTypeName", r => r.MissileTypeName),
        ("originCountry", r => r.OriginCountry),
        ("originStatus", r => r.OriginStatus.ToString()),
        ("missilesLaunched", r => Number(r.MissilesLaunched)),
        ("missilesIntercepted", r => Number(r.MissilesIntercepted)),
        ("killed", r => Number(r.Killed)),
        ("injured", r => Number(r.Injured)),
        ("summary", r => r.Summary),
        ("officialsQuoted", r => string.Join("; ", r.OfficialsQuoted)),
        ("sourceUrls", r => string.Join(' ', r.SourceUrls)),
        ("createdAt", r => Timestamp(r.CreatedAt)),
        ("updatedAt", r => Timestamp(r.UpdatedAt)),
    ];

    public static async Task WriteAsync(IAsyncEnumerable<StrikeExportRow> rows, Stream body, CancellationToken ct)
    {
        // UTF-8 without a byte order mark, CRLF line ends, RFC 4180 quoting. Values are written as stored:
        // a spreadsheet may read a text cell starting with = + - @ as a formula (see docs/api.md).
        await using var csv = CsvWriter.Create(body, new CsvWriterOptions { FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: true);
        await csv.WriteRecordAsync(Columns.Select(c => c.Name).ToArray(), ct);
        var written = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            foreach (var (_, value) in Columns)
            {
                csv.WriteField(value(row));
            }

            // Only asynchronous writes reach the response: Kestrel refuses synchronous ones.
            await csv.EndRecordAsync(ct);
            if (++written % FlushEvery == 0)
            {
                await csv.FlushAsync(ct);
            }
        }

        await csv.FlushAsync(ct);
    }

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Timestamp(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}
