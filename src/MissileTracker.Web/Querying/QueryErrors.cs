using System.Globalization;

namespace MissileTracker.Web.Querying;

/// <summary>
/// Parses query-string values and collects one message per bad parameter, keyed by the
/// parameter's name, so the API (ProblemDetails) and the pages (field errors) report the same.
/// </summary>
public sealed class QueryErrors
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

    public PageRequest Paging(string? page, string? pageSize)
    {
        var number = Integer("page", page, 1, int.MaxValue / PageRequest.MaxPageSize, 1);
        var size = Integer("pageSize", pageSize, 1, PageRequest.MaxPageSize, PageRequest.DefaultPageSize);
        return new PageRequest(number, size);
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
