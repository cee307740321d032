using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;
using CsvHelper;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Geography;

namespace MissileTracker.Web.AirForce;

/// <summary>
/// Reads the Air Force dataset's CSV as published (RFC 4180, through the CsvHelper reader the strike import uses).
/// Every cell that cannot be read is reported as <c>rows[N].column</c>, N counting data rows from 1; one pass, so the
/// time grows with the file (4,000 rows in well under a second, docs/performance.md).
/// </summary>
public static class AirForceCsv
{
    /// <summary>The published columns, in the dataset's order.</summary>
    public static readonly string[] Columns =
    [
        "time_start", "time_end", "model", "launch_place", "target", "target_main", "launched", "destroyed",
        "not_reach_goal", "still_attacking", "border_crossing", "is_shahed", "num_hit_location",
        "num_fall_fragment_location", "carrier", "turbojet", "turbojet_destroyed", "affected region",
        "destroyed_details", "launched_details", "launch_place_details", "source",
    ];

    /// <summary>The columns without which a row means nothing; the others may be missing from an older file.</summary>
    private static readonly string[] Required = ["time_start", "time_end", "model", "launched", "source"];

    /// <summary>One data row, read.</summary>
    public sealed record Row(
        int RowNumber, string SourcePath, DateOnly StartsOn, TimeOnly? StartTime, DateOnly EndsOn, TimeOnly? EndTime, string Label,
        int? Launched, int? Destroyed, int? NotReachedTarget, int? StillAttacking, int? BorderCrossing, bool? IsShahed,
        int? HitLocations, int? FallenFragmentLocations, string? Carrier, int? Turbojet, int? TurbojetDestroyed,
        string? LaunchPlace, string? Target, string? TargetMain, string? AffectedRegion,
        string? DestroyedDetails, string? LaunchedDetails, string? LaunchPlaceDetails)
    {
        /// <summary>The row's identity (<see cref="ContentKey(string, string, string, string?, string?)"/>).</summary>
        public string Key { get; } = ContentKey(SourcePath, WindowText(StartsOn, StartTime, EndsOn, EndTime), Label, LaunchPlace, Target);

        /// <summary>The post and window: the report the row belongs to.</summary>
        public string ReportKey => SourcePath + "|" + WindowText(StartsOn, StartTime, EndsOn, EndTime);
    }

    public sealed record Result(IReadOnlyList<Row> Rows, Dictionary<string, string[]> Errors);

    /// <summary>
    /// A row's identity: SHA-256 (hex) of its post, window, label, launch place and target, separated by a control
    /// character no cell may hold. Never the line number: rows are newest first, so every new day shifts the lines.
    /// </summary>
    public static string ContentKey(string sourcePath, string window, string label, string? launchPlace, string? target) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', sourcePath, window, label, launchPlace ?? "", target ?? ""))));

    /// <summary>The window as the dataset writes it: <c>yyyy-MM-dd[ HH:mm]</c> to <c>yyyy-MM-dd[ HH:mm]</c>.</summary>
    public static string WindowText(DateOnly startsOn, TimeOnly? startTime, DateOnly endsOn, TimeOnly? endTime) =>
        $"{Moment(startsOn, startTime)}/{Moment(endsOn, endTime)}";

    private static string Moment(DateOnly date, TimeOnly? time) =>
        date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (time is { } t ? " " + t.ToString("HH:mm", CultureInfo.InvariantCulture) : "");

    /// <summary>A stored report's key: its post and window, as <see cref="Row.ReportKey"/>.</summary>
    public static string WindowKey(AirForceReport report) =>
        report.SourcePath + "|" + WindowText(report.StartsOn, report.StartTime, report.EndsOn, report.EndTime);

    /// <summary>Free text listing several places or weapons joined with " and ": the parts, trimmed, empty ones dropped.</summary>
    public static List<string> SplitAnd(string? text) =>
        text is null ? [] : text.Split(" and ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    /// <summary>The oblasts a list of targets names ("Kharkiv oblast", "Kharkiv Oblast", "Kyiv City"), by enum name; "Ukraine" is not an oblast.</summary>
    public static List<string> OblastsOf(IEnumerable<string> targets) =>
        targets.Select(OblastOf).OfType<Oblast>().Distinct().Select(o => o.ToString()).ToList();

    public static bool NamesUkraine(IEnumerable<string> targets) => targets.Any(t => t.Equals("Ukraine", StringComparison.OrdinalIgnoreCase));

    private static readonly Dictionary<string, Oblast> OblastNames = Oblasts.All
        .SelectMany(o => new[] { (o.Name, o.Oblast), (o.Oblast.ToString(), o.Oblast), (o.Name.Replace(" Oblast", "", StringComparison.Ordinal), o.Oblast) })
        .DistinctBy(n => n.Item1, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(n => n.Item1, n => n.Item2, StringComparer.OrdinalIgnoreCase);

    private static Oblast? OblastOf(string target)
    {
        var name = target.Trim();
        foreach (var suffix in new[] { " oblast", " region", " Oblast" })
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                name = name[..^suffix.Length];
                break;
            }
        }

        return OblastNames.TryGetValue(name, out var oblast) || OblastNames.TryGetValue(target.Trim(), out oblast) ? oblast : null;
    }

    public static async Task<Result> ReadAsync(Stream body, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var rows = new List<Row>();
        try
        {
            await ReadRowsAsync(body, rows, errors, ct);
        }
        catch (CsvFormatException e)
        {
            errors.TryAdd("file", ["The CSV is malformed: " + e.Message]);
        }

        return new Result(rows, errors);
    }

    private static async Task ReadRowsAsync(Stream body, List<Row> rows, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        // A quote never closed would swallow the rest of the file into one cell: refused, as the strike import does.
        var unbalanced = new HashSet<long>();
        var options = new CsvReaderOptions
        {
            OnMalformedRecord = record =>
            {
                if (record.Reason is CsvMalformedReason.UnterminatedQuote or CsvMalformedReason.TextAfterClosingQuote)
                {
                    unbalanced.Add(record.RecordNumber);
                }
            },
        };
        await using var csv = CsvReader.Create(body, options, leaveOpen: true);
        await csv.ReadHeaderAsync(ct);
        var header = csv.Headers.Select(h => h.Trim()).ToArray();
        if (header.Length == 0 || header.All(h => h.Length == 0))
        {
            errors.Add("file", ["The file is empty: it needs the dataset's header row and its rows."]);
            return;
        }

        var missing = Required.Where(r => !header.Contains(r, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0)
        {
            errors.Add("header", [$"Missing column(s) {string.Join(", ", missing.Select(m => $"'{m}'"))}. The dataset's columns: {string.Join(", ", Columns)}."]);
            return;
        }

        // Column → index once, so a row costs the same however many columns the file has.
        var index = Columns.ToDictionary(c => c, c => Array.FindIndex(header, h => h.Equals(c, StringComparison.OrdinalIgnoreCase)));
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var number = 0;
        while (await csv.ReadAsync(ct))
        {
            number++;
            if (unbalanced.Contains(number + 1))
            {
                errors.Add($"rows[{number}]", [$"Row {number}: a quote (\") that opens a cell is never closed (or is closed only by a later one with text after it). "
                    + "Double every quote inside a quoted cell (\"\")."]);
                continue;
            }

            var cells = new Cells(csv, index, number, errors);
            if (cells.Read() is not { } row)
            {
                continue;
            }

            if (seen.TryGetValue(row.Key, out var first))
            {
                errors.Add($"rows[{number}]", [$"Row {number}: the same post, window, label, launch place and target as row {first}; a row must appear once."]);
                continue;
            }

            seen.Add(row.Key, number);
            rows.Add(row);
        }

        if (number == 0)
        {
            errors.TryAdd("file", ["The file has a header but no rows."]);
        }
    }

    private sealed class Cells(CsvReader csv, Dictionary<string, int> index, int row, Dictionary<string, string[]> errors)
    {
        private int _errors;

        public Row? Read()
        {
            if (!Utf8.IsValid(csv.RawRecord))
            {
                Fail("", "the row is not UTF-8 text. Read the file as published (UTF-8).");
                return null;
            }

            var source = Text("source");
            if (source is null)
            {
                Fail("source", "the post path is empty.");
            }
            else if (!AirForcePosts.IsPostPath(source))
            {
                Fail("source", $"'{source}' is not a post path (account/posts/id, without host).");
            }

            var start = Moment("time_start", required: true);
            var end = Moment("time_end", required: true);
            if (start is { } s && end is { } e && End(e) < Start(s))
            {
                Fail("time_end", $"the window ends ({Text("time_end")}) before it starts ({Text("time_start")}).");
            }

            var label = Text("model");
            if (label is null)
            {
                Fail("model", "the weapon label is empty.");
            }

            var launched = Count("launched");
            var destroyed = Count("destroyed");
            var notReached = Count("not_reach_goal");
            var stillAttacking = Count("still_attacking");
            var borderCrossing = Count("border_crossing");
            var isShahed = Flag("is_shahed");
            var hits = Count("num_hit_location");
            var fragments = Count("num_fall_fragment_location");
            var turbojet = Count("turbojet");
            var turbojetDestroyed = Count("turbojet_destroyed");
            if (_errors > 0 || start is null || end is null)
            {
                return null;
            }

            return new Row(row, source!, start.Value.Date, start.Value.Time, end.Value.Date, end.Value.Time, label!,
                launched, destroyed, notReached, stillAttacking, borderCrossing, isShahed, hits, fragments, Text("carrier"), turbojet, turbojetDestroyed,
                Text("launch_place"), Text("target"), Text("target_main"), Text("affected region"),
                Raw("destroyed_details"), Raw("launched_details"), Raw("launch_place_details"));
        }

        private static DateTime Start((DateOnly Date, TimeOnly? Time) m) => m.Date.ToDateTime(m.Time ?? TimeOnly.MinValue);

        // A date-only end is the whole day.
        private static DateTime End((DateOnly Date, TimeOnly? Time) m) => m.Date.ToDateTime(m.Time ?? TimeOnly.MaxValue);

        private string? Raw(string column) => index[column] is var i and >= 0 && i < csv.FieldCount ? NullIfBlank(csv.GetString(i)) : null;

        private string? Text(string column) => InputText.Clean(Raw(column));

        private static string? NullIfBlank(string text) => string.IsNullOrWhiteSpace(text) ? null : text;

        private (DateOnly Date, TimeOnly? Time)? Moment(string column, bool required)
        {
            var text = Text(column);
            if (text is null)
            {
                if (required)
                {
                    Fail(column, "the time is empty (expected yyyy-MM-dd HH:mm or yyyy-MM-dd, Kyiv time).");
                }

                return null;
            }

            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return (date, null);
            }

            if (DateTime.TryParseExact(text, ["yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
            {
                return (DateOnly.FromDateTime(moment), new TimeOnly(moment.Hour, moment.Minute));
            }

            Fail(column, $"'{text}' is not a time (expected yyyy-MM-dd HH:mm or yyyy-MM-dd, Kyiv time).");
            return null;
        }

        /// <summary>A count as the dataset writes it: empty, "NaN", "6" or "6.0"; a fraction or a negative number is an error.</summary>
        private int? Count(string column)
        {
            var text = Text(column);
            if (text is null || text.Equals("NaN", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                && value == decimal.Truncate(value) && value <= int.MaxValue)
            {
                return (int)value;
            }

            Fail(column, $"'{text}' is not a count (a whole number of 0 or more, such as 6 or 6.0).");
            return null;
        }

        private bool? Flag(string column)
        {
            var text = Text(column);
            switch (text?.ToLowerInvariant())
            {
                case null or "nan":
                    return null;
                case "1" or "1.0" or "true":
                    return true;
                case "0" or "0.0" or "false":
                    return false;
                default:
                    Fail(column, $"'{text}' is not a yes/no value (1, 0, 1.0, 0.0, True or False).");
                    return null;
            }
        }

        private void Fail(string column, string message)
        {
            _errors++;
            var key = column.Length == 0 ? $"rows[{row}]" : $"rows[{row}].{column}";
            errors[key] = errors.TryGetValue(key, out var earlier) ? [.. earlier, $"Row {row}: {message}"] : [$"Row {row}: {message}"];
        }
    }
}
