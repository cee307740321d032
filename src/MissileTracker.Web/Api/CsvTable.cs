using System.Globalization;
using CsvHelper;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.Api;

/// <summary>One CSV column: its header, its cell, and whether the cell is a number (never neutralised, so -3.5 stays a number).</summary>
public sealed record CsvColumn<T>(string Name, Func<T, string?> Value, bool IsNumber = false);

/// <summary>
/// Writes every CSV export the same way (strikes, claims, claim figures): UTF-8 without a byte order mark, CRLF line
/// ends, RFC 4180 quoting, a header row, formula-like text cells neutralised on request, flushed as it goes.
/// </summary>
public static class CsvTable
{
    /// <summary>Rows written between flushes: the client starts receiving early and buffers stay small.</summary>
    private const int FlushEvery = 1000;

    /// <param name="columns">The columns, in order.</param>
    /// <param name="rows">The rows, in order.</param>
    /// <param name="body">Where the CSV goes.</param>
    /// <param name="escapeFormulas">Prefix formula-like text cells with an apostrophe (see <see cref="StrikeCsv.Neutralise"/>); false writes every cell as stored.</param>
    /// <param name="ct">Cancellation.</param>
    public static async Task WriteAsync<T>(IReadOnlyList<CsvColumn<T>> columns, IAsyncEnumerable<T> rows, Stream body, bool escapeFormulas, CancellationToken ct)
    {
        await using var csv = CsvWriter.Create(body, new CsvWriterOptions { FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: true);
        await csv.WriteRecordAsync(columns.Select(c => c.Name).ToArray(), ct);
        var written = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            foreach (var column in columns)
            {
                var value = column.Value(row);
                csv.WriteField(escapeFormulas && !column.IsNumber ? StrikeCsv.Neutralise(value) : value);
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
}
