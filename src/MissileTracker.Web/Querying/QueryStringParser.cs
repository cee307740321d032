using System.Globalization;

namespace MissileTracker.Web.Querying;

/// <summary>
/// The query-string parser: turns query-string text into typed values and collects one message per bad parameter, keyed by the
/// parameter's name, so the API (ProblemDetails) and the pages (field errors) report the same.
/// </summary>
public sealed class QueryStringParser
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public IDictionary<string, string[]> ToDictionary() => new Dictionary<string, string[]>(_errors);

    public void Add(string parameter, string message) =>
        _errors[parameter] = _errors.TryGetValue(parameter, out var existing) ? [.. existing, message] : [message];

    public DateOnly? Date(string parameter, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Add(parameter, $"'{value}' is not a date; use yyyy-MM-dd, e.g. 2024-01-06.");
        return null;
    }

    public DateTime? Timestamp(string parameter, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            && value.Contains('-', StringComparison.Ordinal))
        {
            return parsed.UtcDateTime;
        }

        Add(parameter, $"'{value}' is not an ISO 8601 timestamp, e.g. 2024-01-09T00:00:00Z.");
        return null;
    }

    /// <summary>A comma-separated list of enum names (case-insensitive); numbers are not accepted.</summary>
    public IReadOnlyList<TEnum> EnumList<TEnum>(string parameter, string? value)
        where TEnum : struct, Enum
    {
        var result = new List<TEnum>();
        foreach (var item in SplitList(value))
        {
            var name = Enum.GetNames<TEnum>().FirstOrDefault(n => n.Equals(item, StringComparison.OrdinalIgnoreCase));
            if (name is null)
            {
                Add(parameter, $"Unknown {parameter} '{item}'. Allowed: {string.Join(", ", Enum.GetNames<TEnum>())}.");
            }
            else
            {
                result.Add(Enum.Parse<TEnum>(name));
            }
        }

        return result.Distinct().ToList();
    }

    /// <summary>A comma-separated list of codes that must be among <paramref name="allowed"/>.</summary>
    public IReadOnlyList<string> CodeList(string parameter, string? value, IReadOnlyCollection<string> allowed)
    {
        var result = new List<string>();
        foreach (var item in SplitList(value))
        {
            var code = allowed.FirstOrDefault(a => a.Equals(item, StringComparison.OrdinalIgnoreCase));
            if (code is null)
            {
                Add(parameter, $"Unknown {parameter} '{item}'. Allowed: {string.Join(", ", allowed)}.");
            }
            else
            {
                result.Add(code);
            }
        }

        return result.Distinct().ToList();
    }

    /// <summary>A comma-separated list of positive ids, e.g. <c>3,17</c>.</summary>
    public IReadOnlyList<int> IdList(string parameter, string? value)
    {
        var result = new List<int>();
        foreach (var item in SplitList(value))
        {
            if (int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
            {
                result.Add(id);
            }
            else
            {
                Add(parameter, $"'{item}' is not an id; {parameter} takes positive whole numbers, comma-separated.");
            }
        }

        return result.Distinct().ToList();
    }

    /// <summary>A comma-separated list of names matched as given (case-insensitively), e.g. outlets.</summary>
    public IReadOnlyList<string> TextList(string parameter, string? value, int maxLength = 200)
    {
        var result = new List<string>();
        foreach (var item in SplitList(value))
        {
            if (item.Length > maxLength)
            {
                Add(parameter, $"Each {parameter} value may be at most {maxLength} characters long.");
            }
            else if (Editing.TextCharacters.Problem(item, multiLine: false) is { } problem)
            {
                Add(parameter, $"{parameter}: {problem}");
            }
            else
            {
                result.Add(item);
            }
        }

        return result.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>Free text: trimmed, bounded in length; null when empty.</summary>
    public string? Text(string parameter, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (text.Length > maxLength)
        {
            Add(parameter, $"{parameter} may be at most {maxLength} characters long.");
            return null;
        }

        // A control character matches nothing stored, and PostgreSQL refuses U+0000 outright (a 500, not an answer).
        if (Editing.TextCharacters.Problem(text, multiLine: false) is { } problem)
        {
            Add(parameter, $"{parameter}: {problem}");
            return null;
        }

        return text;
    }

    /// <summary><c>true</c> or <c>false</c> (case-insensitive); null when absent.</summary>
    public bool? Boolean(string parameter, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (bool.TryParse(value.Trim(), out var flag))
        {
            return flag;
        }

        Add(parameter, $"'{value}' is not a boolean; use true or false.");
        return null;
    }

    /// <summary>Reports a lower bound above its upper bound (a date range or a count range), naming the upper bound's parameter.</summary>
    public void OutOfOrder<T>(string minParameter, T low, string maxParameter, T high)
        where T : IFormattable
    {
        var format = low is DateOnly ? "yyyy-MM-dd" : null;
        var (lowText, highText) = (low.ToString(format, CultureInfo.InvariantCulture), high.ToString(format, CultureInfo.InvariantCulture));
        Add(maxParameter, low is DateOnly
            ? $"'{maxParameter}' ({highText}) is before '{minParameter}' ({lowText})."
            : $"'{maxParameter}' ({highText}) is below '{minParameter}' ({lowText}).");
    }

    public T Choice<T>(string parameter, string? value, IReadOnlyDictionary<string, T> choices, T fallback)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (choices.TryGetValue(value.Trim(), out var choice))
        {
            return choice;
        }

        Add(parameter, $"Unknown {parameter} '{value}'. Allowed: {string.Join(", ", choices.Keys)}.");
        return fallback;
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>; null when absent or wrong.</summary>
    public int? WholeNumber(string parameter, string? value, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (int.TryParse(value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        Add(parameter, $"'{value}' is out of range; {parameter} must be a whole number from {min} to {max}.");
        return null;
    }

    private static string[] SplitList(string? value) =>
        string.IsNullOrWhiteSpace(value)
            ? []
            : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
