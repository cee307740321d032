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

    /// <summary>An optional whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public int? OptionalInteger(string parameter, string? value, int min, int max) =>
        string.IsNullOrWhiteSpace(value) ? null : Integer(parameter, value, min, max, min);

    /// <summary>Reports a lower bound above its upper bound, naming the upper bound's parameter.</summary>
    public void Order(string minParameter, int? min, string maxParameter, int? max)
    {
        if (min is { } low && max is { } high && low > high)
        {
            Add(maxParameter, $"'{maxParameter}' ({high}) is below '{minParameter}' ({low}).");
        }
    }

    public PageRequest Paging(string? page, string? pageSize)
    {
        var number = Integer("page", page, 1, int.MaxValue / PageRequest.MaxPageSize, 1);
        var size = Integer("pageSize", pageSize, 1, PageRequest.MaxPageSize, PageRequest.DefaultPageSize);
        return new PageRequest(number, size);
    }

    /// <summary>Paging by page number, or by a keyset cursor written by this app for the sort <paramref name="sort"/>.</summary>
    public PageRequest Paging(string? page, string? pageSize, string? cursor, string sort)
    {
        var request = Paging(page, pageSize);
        if (string.IsNullOrWhiteSpace(cursor))
        {
            return request;
        }

        if (!string.IsNullOrWhiteSpace(page))
        {
            Add("cursor", "Use either page or cursor, not both.");
            return request;
        }

        var after = Cursor.TryDecode(cursor.Trim());
        if (after is null)
        {
            Add("cursor", "The cursor is not valid; use the links.next or links.nextCursor URL of a previous response.");
            return request;
        }

        if (!after.Sort.Equals(sort, StringComparison.Ordinal))
        {
            Add("cursor", $"The cursor was made for sort '{after.Sort}', not '{sort}'; keep the sort while following cursors.");
            return request;
        }

        return request with { After = after };
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

    private int Integer(string parameter, string? value, int min, int max, int fallback)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (int.TryParse(value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        Add(parameter, $"'{value}' is out of range; {parameter} must be a whole number from {min} to {max}.");
        return fallback;
    }

    private static string[] SplitList(string? value) =>
        string.IsNullOrWhiteSpace(value)
            ? []
            : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
