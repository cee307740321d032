using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace MissileTracker.Web.Querying;

// A query parameter is declared once: one of these attributes on a text property of a QueryParameters class.
// The attribute is the binding name (minimal APIs read IFromQueryMetadata, Razor Pages IModelNameProvider), and it
// holds the type, bounds and allowed values that parsing (QueryValues), the 400 messages (QueryStringParser) and the
// OpenAPI schema (Api/OpenApi/QueryParameterSchemaFilter) all read; the property's XML comment is its description.
// Values are bound as text, so a bad one is reported by name instead of failing binding.

/// <summary>The query-string name of a parameter; the subclasses say what its text must hold.</summary>
[AttributeUsage(AttributeTargets.Property)]
public abstract class QueryParameterAttribute(string name) : Attribute, IFromQueryMetadata, IBindingSourceMetadata, IModelNameProvider
{
    public string Name { get; } = name;

    public BindingSource BindingSource => BindingSource.Query;
}

/// <summary>A calendar date, yyyy-MM-dd.</summary>
public sealed class DateQueryAttribute(string name) : QueryParameterAttribute(name);

/// <summary>An ISO 8601 timestamp.</summary>
public sealed class TimestampQueryAttribute(string name) : QueryParameterAttribute(name);

/// <summary><c>true</c> or <c>false</c>, with an optional <see cref="Default"/> for when it is absent.</summary>
public sealed class BooleanQueryAttribute : QueryParameterAttribute
{
    public BooleanQueryAttribute(string name)
        : base(name)
    {
    }

    public BooleanQueryAttribute(string name, bool defaultValue)
        : base(name) => Default = defaultValue;

    public bool? Default { get; }
}

/// <summary>A whole number from <see cref="Minimum"/> to <see cref="Maximum"/>; <see cref="Default"/> when absent, if set.</summary>
public sealed class IntegerQueryAttribute(string name, int minimum, int maximum) : QueryParameterAttribute(name)
{
    public const int NoDefault = int.MinValue;

    public int Minimum { get; } = minimum;
    public int Maximum { get; } = maximum;
    public int Default { get; init; } = NoDefault;
}

/// <summary>Free text of at most <see cref="MaxLength"/> characters.</summary>
public sealed class TextQueryAttribute(string name, int maxLength) : QueryParameterAttribute(name)
{
    public int MaxLength { get; } = maxLength;
}

/// <summary>
/// One of the members of the enum <see cref="Choices"/>, each written as its <see cref="QueryChoiceAttribute"/> name;
/// the first member is the default.
/// </summary>
public sealed class ChoiceQueryAttribute(string name, Type choices) : QueryParameterAttribute(name)
{
    public Type Choices { get; } = choices;

    public IReadOnlyList<string> Values => QueryChoices.NamesOf(Choices);
}

/// <summary>
/// A comma-separated list (OpenAPI <c>style: form, explode: false</c>) of <see cref="ItemType"/>:
/// an enum (its names), <see cref="int"/> (positive ids) or <see cref="string"/>.
/// </summary>
public sealed class ListQueryAttribute(string name, Type itemType) : QueryParameterAttribute(name)
{
    public Type ItemType { get; } = itemType;

    /// <summary>For string items: the allowed values are the JSON property names of this type.</summary>
    public Type? FieldsOf { get; init; }

    /// <summary>For free-text string items: the longest item accepted.</summary>
    public int MaxLength { get; init; }
}

/// <summary>How an enum member is written in a query string, e.g. <c>-date</c>.</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class QueryChoiceAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary>The query-string names of an enum's members (<see cref="QueryChoiceAttribute"/>), in declaration order.</summary>
public static class QueryChoices
{
    public static IReadOnlyList<string> NamesOf(Type choices) => Members(choices).Select(m => m.Name).ToList();

    /// <summary>Name → member, ignoring case, in declaration order; built once per enum (requests parse with it).</summary>
    public static IReadOnlyDictionary<string, TEnum> Of<TEnum>()
        where TEnum : struct, Enum => ByName<TEnum>.Choices;

    private static class ByName<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly IReadOnlyDictionary<string, TEnum> Choices =
            Members(typeof(TEnum)).ToDictionary(m => m.Name, m => (TEnum)m.Value, StringComparer.OrdinalIgnoreCase);
    }

    private static IEnumerable<(string Name, object Value)> Members(Type choices) =>
        choices.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (f.GetCustomAttribute<QueryChoiceAttribute>()?.Name ?? f.Name, f.GetValue(null)!));
}
