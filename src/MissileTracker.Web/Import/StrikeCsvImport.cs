using System.Globalization;
using System.Text.Unicode;
using CsvHelper;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Reports;
using MissileTracker.Web.Statements;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.Import;

/// <summary>
/// Reads the strikes CSV (one strike per row, optionally with the report that covers it) into an
/// <see cref="ImportRequest"/>. Every cell that cannot be read is reported as <c>rows[N].column</c>,
/// N counting data rows from 1, so editors can find it in their spreadsheet: a cell that is not
/// UTF-8 text, a quoted cell whose quote is never closed, and a value that does not parse.
/// </summary>
public static class StrikeCsvImport
{
    public static readonly string[] Columns =
    [
        "date", "datePrecision", "timeOfDay", "dateNote", "settlement", "district", "oblast", "latitude", "longitude",
        "locationPrecision", "originStatus", "missileType", "missilesLaunched", "missilesIntercepted", "killed", "injured", "summary",
        "reportUrl", "reportOutlet", "reportTitle", "reportPublishedOn", "reportLanguage", "endDate", "endTime",
        // Each figure's qualifier, high end and words, named as in the strike CSV export.
        "missilesLaunchedQualifier", "missilesLaunchedHigh", "missilesLaunchedWords",
        "missilesInterceptedQualifier", "missilesInterceptedHigh", "missilesInterceptedWords",
        "killedQualifier", "killedHigh", "killedWords",
        "injuredQualifier", "injuredHigh", "injuredWords",
    ];

    private static readonly string[] Required = ["date", "datePrecision", "locationPrecision", "originStatus", "missileType", "summary"];

    /// <summary>The batch, plus for each report in it the first row that named it.</summary>
    public sealed record Parsed(ImportRequest Request, IReadOnlyList<int> ReportRows);

    public static async Task<(Parsed? Batch, Dictionary<string, string[]> Errors)> ReadAsync(Stream body, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        try
        {
            return await ReadRowsAsync(body, errors, ct);
        }
        catch (CsvFormatException e)
        {
            errors.Add("", "The CSV is malformed: " + e.Message);
            return (null, errors);
        }
    }

    private static async Task<(Parsed? Batch, Dictionary<string, string[]> Errors)> ReadRowsAsync(Stream body, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        // Records (the header is record 1) whose quoted field is never closed, or closed only by a later
        // quote with text after it. The reader recovers by reading the rest of the file (or up to that
        // quote) into the field, rows included; an import refuses it instead. The reader reports a
        // record before returning it.
        var unbalanced = new Dictionary<long, CsvMalformedRecord>();
        var options = new CsvReaderOptions
        {
            TrimWhitespace = true,
            OnMalformedRecord = record =>
            {
                if (record.Reason is CsvMalformedReason.UnterminatedQuote or CsvMalformedReason.TextAfterClosingQuote)
                {
                    unbalanced.TryAdd(record.RecordNumber, record);
                }
            },
        };
        await using var csv = CsvReader.Create(body, options, leaveOpen: true);
        await csv.ReadHeaderAsync(ct);
        var header = csv.Headers.ToArray();
        if (header.Length == 0)
        {
            errors.Add("", "The CSV is empty: give a header row and at least one strike.");
            return (null, errors);
        }

        if (unbalanced.ContainsKey(1))
        {
            errors.Add("header", "A quote (\") in the header row is never closed.");
            return (null, errors);
        }

        foreach (var unknown in header.Where(h => !Columns.Contains(h, StringComparer.OrdinalIgnoreCase)))
        {
            errors.Add("header", $"Unknown column '{unknown}'. Columns: {string.Join(", ", Columns)}.");
        }

        foreach (var missing in Required.Where(r => !header.Contains(r, StringComparer.OrdinalIgnoreCase)))
        {
            errors.Add("header", $"Missing column '{missing}'.");
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var reports = new List<ImportedReport>();
        var reportKeys = new HashSet<string>(StringComparer.Ordinal);
        var reportRows = new List<int>();
        var strikes = new List<ImportedStrike>();
        var row = 0;
        while (await csv.ReadAsync(ct))
        {
            row++;
            if (unbalanced.Remove(row + 1, out var quoting))
            {
                var cell = FieldAt(csv.RawRecord, quoting.ByteOffset - csv.ByteOffset, (byte)csv.Separator);
                errors.Add(CellKey(header, row, cell), $"Row {row}: " + (quoting.Reason == CsvMalformedReason.UnterminatedQuote
                    ? "the quote (\") that opens this cell is never closed, so the rest of the file would be read into it. "
                    : "the quote (\") that opens this cell is closed only by a later one with text after it, so what lies between, rows included, would be read into it. ")
                    + "Close the quote at the end of the cell, and double every quote inside a quoted cell (\"\").");
                continue;
            }

            var cells = Cells.Read(csv, header, row, errors);
            var strike = new StrikeInput
            {
                Date = cells.Date("date"),
                DatePrecision = cells.Enum<DatePrecision>("datePrecision"),
                TimeOfDay = cells.Time("timeOfDay"),
                EndDate = cells.Date("endDate"),
                EndTime = cells.Time("endTime"),
                DateNote = cells.Text("dateNote"),
                Settlement = cells.Text("settlement"),
                District = cells.Text("district"),
                Oblast = cells.Enum<Oblast>("oblast"),
                Latitude = cells.Number("latitude"),
                Longitude = cells.Number("longitude"),
                LocationPrecision = cells.Enum<LocationPrecision>("locationPrecision"),
                OriginStatus = cells.Enum<OriginStatus>("originStatus"),
                MissileType = cells.Text("missileType"),
                MissilesLaunched = cells.Count("missilesLaunched"),
                MissilesLaunchedQualifier = cells.Enum<FigureQualifier>("missilesLaunchedQualifier") ?? FigureQualifier.Exact,
                MissilesLaunchedHigh = cells.Count("missilesLaunchedHigh"),
                MissilesLaunchedWords = cells.Text("missilesLaunchedWords"),
                MissilesIntercepted = cells.Count("missilesIntercepted"),
                MissilesInterceptedQualifier = cells.Enum<FigureQualifier>("missilesInterceptedQualifier") ?? FigureQualifier.Exact,
                MissilesInterceptedHigh = cells.Count("missilesInterceptedHigh"),
                MissilesInterceptedWords = cells.Text("missilesInterceptedWords"),
                Killed = cells.Count("killed"),
                KilledQualifier = cells.Enum<FigureQualifier>("killedQualifier") ?? FigureQualifier.Exact,
                KilledHigh = cells.Count("killedHigh"),
                KilledWords = cells.Text("killedWords"),
                Injured = cells.Count("injured"),
                InjuredQualifier = cells.Enum<FigureQualifier>("injuredQualifier") ?? FigureQualifier.Exact,
                InjuredHigh = cells.Count("injuredHigh"),
                InjuredWords = cells.Text("injuredWords"),
                Summary = cells.Text("summary"),
            };
            var imported = new ImportedStrike { Strike = strike, ReportKeys = [] };
            var url = cells.Text("reportUrl");
            var title = cells.Text("reportTitle");
            if (url is not null || title is not null)
            {
                var outlet = cells.Text("reportOutlet");
                var key = url ?? $"{outlet}|{title}";
                if (reportKeys.Add(key))
                {
                    reports.Add(new ImportedReport
                    {
                        Key = key,
                        Report = new ReportInput
                        {
                            Url = url, Outlet = outlet, Title = title, PublishedOn = cells.Date("reportPublishedOn"),
                            Language = cells.Text("reportLanguage") ?? "en",
                        },
                    });
                    reportRows.Add(row);
                }

                imported.ReportKeys.Add(key);
            }

            strikes.Add(imported);
        }

        if (row == 0)
        {
            errors.Add("", "The CSV has a header but no strike rows.");
        }

        return (errors.Count > 0 ? null : new Parsed(new ImportRequest(reports, strikes), reportRows), errors);
    }

    /// <summary>Renames the importer's error keys (strikes[i], reports[k]) to the CSV's data rows.</summary>
    public static Dictionary<string, string[]> ToRows(IDictionary<string, string[]> errors, IReadOnlyList<int> reportRows) =>
        errors.ToDictionary(
            e => System.Text.RegularExpressions.Regex.Replace(e.Key, @"^(strikes|reports)\[(\d+)\]", m =>
                $"rows[{(m.Groups[1].Value == "strikes" ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) + 1 : reportRows[int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)])}]"
                + (m.Groups[1].Value == "reports" ? ".report" : "")),
            e => e.Value);

    /// <summary>The index of the field that holds byte <paramref name="offset"/> of a record: the separators outside quotes before it.</summary>
    private static int FieldAt(ReadOnlySpan<byte> record, long offset, byte separator)
    {
        var (field, quoted) = (0, false);
        for (var i = 0; i < record.Length && i < offset; i++)
        {
            if (record[i] == (byte)'"')
            {
                quoted = !quoted;
            }
            else if (record[i] == separator && !quoted)
            {
                field++;
            }
        }

        return field;
    }

    /// <summary>The error key of a row's cell: <c>rows[N].column</c>, or <c>rows[N]</c> for a cell beyond the header.</summary>
    private static string CellKey(string[] header, int row, int index) =>
        index >= 0 && index < header.Length
            ? $"rows[{row}].{Columns.First(c => c.Equals(header[index], StringComparison.OrdinalIgnoreCase))}"
            : $"rows[{row}]";

    private const string NotUtf8 = "this cell is not UTF-8 text. Save the file as UTF-8 (in a spreadsheet: \"CSV UTF-8\").";

    private sealed class Cells(CsvReader csv, string[] header, int row, Dictionary<string, string[]> errors, HashSet<int> notUtf8)
    {
        /// <summary>The current record's cells; any cell that is not UTF-8 is reported here and read as empty.</summary>
        public static Cells Read(CsvReader csv, string[] header, int row, Dictionary<string, string[]> errors)
        {
            var notUtf8 = new HashSet<int>();
            // A decoder would turn invalid bytes into U+FFFD and store the damage; the whole record is checked at once, the cells only when it fails.
            if (!Utf8.IsValid(csv.RawRecord))
            {
                for (var index = 0; index < csv.FieldCount; index++)
                {
                    if (!Utf8.IsValid(csv.GetRawSpan(index)) && notUtf8.Add(index))
                    {
                        errors.Add(CellKey(header, row, index), $"Row {row}: {NotUtf8}");
                    }
                }

                if (notUtf8.Count == 0)
                {
                    errors.Add($"rows[{row}]", $"Row {row}: {NotUtf8}");
                }
            }

            return new Cells(csv, header, row, errors, notUtf8);
        }

        public string? Text(string column)
        {
            var index = Array.FindIndex(header, h => h.Equals(column, StringComparison.OrdinalIgnoreCase));
            return index >= 0 && index < csv.FieldCount && !notUtf8.Contains(index) ? InputText.Clean(csv.GetString(index)) : null;
        }

        public DateOnly? Date(string column) => Parse(column, t => DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null, "a date (yyyy-MM-dd)");

        public TimeOnly? Time(string column) => Parse(column, t => TimeOnly.TryParse(t, CultureInfo.InvariantCulture, out var v) ? v : (TimeOnly?)null, "a time (HH:mm)");

        public double? Number(string column) => Parse(column, t => double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : (double?)null, "a number");

        public int? Count(string column) => Parse(column, t => int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : (int?)null, "a whole number of 0 or more");

        public TEnum? Enum<TEnum>(string column)
            where TEnum : struct, System.Enum =>
            Parse(column, t => System.Enum.GetNames<TEnum>().FirstOrDefault(n => n.Equals(t, StringComparison.OrdinalIgnoreCase)) is { } name ? System.Enum.Parse<TEnum>(name) : (TEnum?)null,
                "one of " + string.Join(", ", System.Enum.GetNames<TEnum>()));

        private T? Parse<T>(string column, Func<string, T?> parse, string expected)
            where T : struct
        {
            if (Text(column) is not { } text)
            {
                return null;
            }

            if (parse(text) is { } value)
            {
                return value;
            }

            errors.Add($"rows[{row}].{column}", $"Row {row}: '{text}' is not {expected}.");
            return null;
        }
    }
}
