using System.Collections.Concurrent;
using System.Reflection;

namespace MissileTracker.Web.Querying;

/// <summary>
/// A class of query parameters, bound as text (<c>[AsParameters]</c> in the API, <c>[FromQuery]</c> on pages) and
/// parsed once before the handler runs: by <c>Api/QueryParametersFilter</c> for the API (400 ProblemDetails) and
/// <c>Pages/Shared/QueryPageModel</c> for the pages (400 with field errors). A subclass exposes what it parsed.
/// </summary>
public abstract class QueryParameters
{
    /// <summary>Parses every class of parameters a request takes into one parser, which holds the errors by parameter name.</summary>
    public static async Task<QueryStringParser> ParseAllAsync(IEnumerable<QueryParameters> parameters, IServiceProvider services, CancellationToken ct)
    {
        var parser = new QueryStringParser();
        var all = parameters.ToList();
        foreach (var each in all)
        {
            await each.ParseAsync(parser, services, ct);
        }

        foreach (var each in all)
        {
            each.Combine(all, parser);
        }

        return parser;
    }

    /// <summary>Reads the bound text into typed values, adding one error per bad parameter to <paramref name="parser"/>.</summary>
    public virtual ValueTask ParseAsync(QueryStringParser parser, IServiceProvider services, CancellationToken ct)
    {
        Parse(parser);
        return ValueTask.CompletedTask;
    }

    protected internal virtual void Parse(QueryStringParser parser)
    {
    }

    /// <summary>
    /// Runs once every class a request takes is parsed, for a class whose values depend on another's (the strike
    /// list's cursor on the page number). The classes a request takes are separate, never subclasses of one another:
    /// ASP.NET Core's Request Delegate Generator binds only the properties an <c>[AsParameters]</c> type declares itself.
    /// </summary>
    protected internal virtual void Combine(IReadOnlyList<QueryParameters> all, QueryStringParser parser)
    {
    }

    /// <summary>This object's values, read as their declarations (<see cref="QueryParameterAttribute"/>) say.</summary>
    protected QueryValues Read(QueryStringParser parser) => new(parser, this);
}

/// <summary>
/// Reads a <see cref="QueryParameters"/> property by its C# name: the text bound to it, parsed by
/// <see cref="QueryStringParser"/> with the name, bounds and allowed values its attribute declares.
/// </summary>
public readonly struct QueryValues(QueryStringParser parser, QueryParameters parameters)
{
    private static readonly ConcurrentDictionary<(Type, string), (PropertyInfo Property, QueryParameterAttribute Declaration)> Declarations = new();

    /// <summary>The query-string name of the property <paramref name="property"/>, for messages about two parameters.</summary>
    public string NameOf(string property) => Declared(property).Declaration.Name;

    public DateOnly? Date(string property)
    {
        var (text, declared) = Get<DateQueryAttribute>(property);
        return parser.Date(declared.Name, text);
    }

    public DateTime? Timestamp(string property)
    {
        var (text, declared) = Get<TimestampQueryAttribute>(property);
        return parser.Timestamp(declared.Name, text);
    }

    public bool? Boolean(string property)
    {
        var (text, declared) = Get<BooleanQueryAttribute>(property);
        return parser.Boolean(declared.Name, text) ?? declared.Default;
    }

    public int? WholeNumber(string property)
    {
        var (text, declared) = Get<IntegerQueryAttribute>(property);
        var fallback = declared.Default == IntegerQueryAttribute.NoDefault ? (int?)null : declared.Default;
        return string.IsNullOrWhiteSpace(text) ? fallback : parser.WholeNumber(declared.Name, text, declared.Minimum, declared.Maximum) ?? fallback;
    }

    public string? Text(string property)
    {
        var (text, declared) = Get<TextQueryAttribute>(property);
        return parser.Text(declared.Name, text, declared.MaxLength);
    }

    /// <summary>The chosen member of the declared enum, or its first member when absent or wrong.</summary>
    public TEnum Choice<TEnum>(string property)
        where TEnum : struct, Enum
    {
        var (text, declared) = Get<ChoiceQueryAttribute>(property);
        var choices = QueryChoices.Of<TEnum>();
        return parser.Choice(declared.Name, text, choices, choices.First().Value);
    }

    public IReadOnlyList<TEnum> EnumList<TEnum>(string property)
        where TEnum : struct, Enum
    {
        var (text, declared) = Get<ListQueryAttribute>(property);
        return parser.EnumList<TEnum>(declared.Name, text);
    }

    public IReadOnlyList<int> IdList(string property)
    {
        var (text, declared) = Get<ListQueryAttribute>(property);
        return parser.IdList(declared.Name, text);
    }

    public IReadOnlyList<string> TextList(string property)
    {
        var (text, declared) = Get<ListQueryAttribute>(property);
        return parser.TextList(declared.Name, text, declared.MaxLength);
    }

    /// <summary>A list of codes that must be among <paramref name="allowed"/> (known only at run time, e.g. missile types).</summary>
    public IReadOnlyList<string> CodeList(string property, IReadOnlyCollection<string> allowed)
    {
        var (text, declared) = Get<ListQueryAttribute>(property);
        return parser.CodeList(declared.Name, text, allowed);
    }

    /// <summary>A list of the JSON field names of the declared <see cref="ListQueryAttribute.FieldsOf"/> type.</summary>
    public IReadOnlyList<string> FieldList(string property, IReadOnlyCollection<string> fields)
    {
        var (text, declared) = Get<ListQueryAttribute>(property);
        return parser.CodeList(declared.Name, text, fields);
    }

    /// <summary>Reports a lower bound above its upper bound, naming the upper bound's parameter.</summary>
    public void Order<T>(string minProperty, T? min, string maxProperty, T? max)
        where T : struct, IComparable<T>, IFormattable
    {
        if (min is { } low && max is { } high && low.CompareTo(high) > 0)
        {
            parser.OutOfOrder(NameOf(minProperty), low, NameOf(maxProperty), high);
        }
    }

    private (string? Text, TDeclaration Declaration) Get<TDeclaration>(string property)
        where TDeclaration : QueryParameterAttribute
    {
        var (info, declaration) = Declared(property);
        return declaration is TDeclaration typed
            ? ((string?)info.GetValue(parameters), typed)
            : throw new InvalidOperationException($"{info.DeclaringType?.Name}.{property} is declared as {declaration.GetType().Name}, not {typeof(TDeclaration).Name}.");
    }

    private (PropertyInfo Property, QueryParameterAttribute Declaration) Declared(string property) =>
        Declarations.GetOrAdd((parameters.GetType(), property), key =>
        {
            var info = key.Item1.GetProperty(key.Item2) ?? throw new InvalidOperationException($"{key.Item1.Name} has no property {key.Item2}.");
            return (info, info.GetCustomAttribute<QueryParameterAttribute>() ?? throw new InvalidOperationException($"{key.Item1.Name}.{key.Item2} has no query parameter declaration."));
        });
}
