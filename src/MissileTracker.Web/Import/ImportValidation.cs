using MissileTracker.Web.Editing;

namespace MissileTracker.Web.Import;

/// <summary>
/// Checks a whole import before anything is looked up or written, and reports every problem at
/// once, keyed by row. A row's fields are checked in one place per kind of row
/// (<see cref="ReportRow"/>, <see cref="StrikeRow"/>): the rules of the single-record API plus the
/// batch's own. A new rule for imported rows belongs there.
/// </summary>
internal static class ImportValidation
{
    public static Dictionary<string, string[]> Check(
        IReadOnlyList<ImportedReport> reports, IReadOnlyList<ImportedStrike> strikes, IReadOnlyDictionary<string, int> weapons, IServiceProvider services)
    {
        var errors = new Dictionary<string, string[]>();
        if (reports.Count == 0 && strikes.Count == 0)
        {
            errors.Add("", "The batch is empty: give reports and/or strikes.");
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        var urls = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < reports.Count; i++)
        {
            AddRowErrors(errors, $"reports[{i}]", $"Report row {i + 1}", ReportRow(reports[i], i + 1, keys, urls, services));
        }

        for (var i = 0; i < strikes.Count; i++)
        {
            AddRowErrors(errors, $"strikes[{i}]", $"Strike row {i + 1}", StrikeRow(strikes[i], keys, weapons, services));
        }

        return errors;
    }

    /// <summary>The weapon code a strike row names, as the weapon list stores it.</summary>
    public static string WeaponCode(string missileType) => missileType.Trim().ToLowerInvariant();

    /// <summary>
    /// A report row's problems by field. <paramref name="keys"/> and <paramref name="urls"/> collect
    /// the keys and URLs of the rows before it, to refuse repeats.
    /// </summary>
    private static Dictionary<string, string[]> ReportRow(
        ImportedReport row, int number, HashSet<string> keys, Dictionary<string, int> urls, IServiceProvider services)
    {
        var errors = new Dictionary<string, string[]>();
        // Compared as stored (the parsed URL), so "https://example.org" and "https://example.org/" are one report,
        // not two rows that the unique index would refuse in the middle of the write.
        if (InputText.Clean(row.Report.Url) is { } url)
        {
            var stored = InputRules.IsHttpUrl(url, out var uri) ? uri!.ToString() : url;
            if (!urls.TryAdd(stored, number))
            {
                errors.Add("url", $"the same URL as report row {urls[stored]}.");
            }
        }

        if (string.IsNullOrWhiteSpace(row.Key) || !keys.Add(row.Key))
        {
            errors.Add("key", "give each report a key that is unique in the batch.");
        }

        foreach (var (field, messages) in InputValidation.Validate(row.Report, services))
        {
            foreach (var message in messages)
            {
                errors.Add(field, message);
            }
        }

        return errors;
    }

    /// <summary>A strike row's problems by field. <paramref name="reportKeys"/> holds the keys of every report in the batch.</summary>
    private static Dictionary<string, string[]> StrikeRow(
        ImportedStrike row, HashSet<string> reportKeys, IReadOnlyDictionary<string, int> weapons, IServiceProvider services)
    {
        var errors = InputValidation.Validate(row.Strike, services);
        if (row.Strike.MissileType is { } code && !weapons.ContainsKey(WeaponCode(code)))
        {
            errors.Add("missileType", $"Unknown missile type '{code}'.");
        }

        foreach (var key in (row.ReportKeys ?? []).Where(k => !reportKeys.Contains(k)))
        {
            errors.Add("reportKeys", $"No report in the batch has key '{key}'.");
        }

        return errors;
    }

    private static void AddRowErrors(Dictionary<string, string[]> errors, string prefix, string row, Dictionary<string, string[]> rowErrors)
    {
        foreach (var (field, messages) in rowErrors)
        {
            foreach (var message in messages)
            {
                errors.Add(string.IsNullOrEmpty(field) ? prefix : $"{prefix}.{field}", $"{row}: {message}");
            }
        }
    }
}
