namespace MissileTracker.Web.Querying;

// Query parameters are bound as text so that a bad value is reported by name (QueryStringParser)
// instead of failing binding. These attributes tell the OpenAPI document what the text must
// hold, so the contract shows real types, allowed values and ranges (Http/QueryParameterSchemaFilter).

/// <summary>A calendar date, yyyy-MM-dd.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class DateValueAttribute : Attribute;

/// <summary>An ISO 8601 timestamp.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class TimestampValueAttribute : Attribute;

/// <summary><c>true</c> or <c>false</c>, with an optional <see cref="Default"/> for when it is absent.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class BooleanValueAttribute : Attribute
{
    public BooleanValueAttribute()
    {
    }

    public BooleanValueAttribute(bool defaultValue) => Default = defaultValue;

    public bool? Default { get; }
}

/// <summary>A whole number from <see cref="Minimum"/> to <see cref="Maximum"/>.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class IntegerValueAttribute(int minimum, int maximum) : Attribute
{
    public int Minimum { get; } = minimum;
    public int Maximum { get; } = maximum;
    public int Default { get; init; } = int.MinValue;
}

/// <summary>Free text of at most <see cref="MaxLength"/> characters.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class TextValueAttribute(int maxLength) : Attribute
{
    public int MaxLength { get; } = maxLength;
}

/// <summary>One of a fixed set of values; the first is the default.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ChoiceValueAttribute(params string[] values) : Attribute
{
    public IReadOnlyList<string> Values { get; } = values;
}

/// <summary>
/// A comma-separated list (OpenAPI <c>style: form, explode: false</c>) of <see cref="ItemType"/>:
/// an enum (its names), <see cref="int"/> (positive ids) or <see cref="string"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ListValueAttribute(Type itemType) : Attribute
{
    public Type ItemType { get; } = itemType;

    /// <summary>For string items: the allowed values are the JSON property names of this type.</summary>
    public Type? FieldsOf { get; init; }
}
