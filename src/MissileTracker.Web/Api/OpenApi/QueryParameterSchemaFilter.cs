using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using MissileTracker.Web.Http;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Strikes;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace MissileTracker.Web.Api.OpenApi;

/// <summary>
/// Query parameters are bound as text (so errors name the parameter); this filter gives each one
/// the type, format, allowed values and range its declaration in <c>Querying/QueryParameterAttributes.cs</c>
/// states, so the OpenAPI document states what the API accepts.
/// </summary>
internal sealed class QueryParameterSchemaFilter : IParameterFilter
{
    public void Apply(IOpenApiParameter parameter, ParameterFilterContext context)
    {
        if (parameter is not OpenApiParameter target || context.PropertyInfo is not { } property)
        {
            return;
        }

        var example = target.Example?.GetValue<string>();
        switch (property.GetCustomAttribute<QueryParameterAttribute>())
        {
            case DateQueryAttribute:
                target.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" };
                break;
            case TimestampQueryAttribute:
                target.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" };
                break;
            case BooleanQueryAttribute boolean:
                target.Schema = new OpenApiSchema { Type = JsonSchemaType.Boolean, Default = boolean.Default is { } value ? JsonValue.Create(value) : null };
                target.Example = example is null ? null : JsonValue.Create(bool.Parse(example));
                break;
            case IntegerQueryAttribute range:
                target.Schema = Integer(range.Minimum, range.Maximum, range.Default == IntegerQueryAttribute.NoDefault ? null : range.Default);
                target.Example = example is null ? null : JsonValue.Create(int.Parse(example, CultureInfo.InvariantCulture));
                break;
            case TextQueryAttribute text:
                target.Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = text.MaxLength };
                break;
            case ChoiceQueryAttribute choice:
                target.Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Enum = choice.Values.Select(v => (JsonNode)JsonValue.Create(v)).ToList(),
                    Default = JsonValue.Create(choice.Values[0]),
                };
                break;
            case ListQueryAttribute list:
                target.Schema = new OpenApiSchema { Type = JsonSchemaType.Array, Items = ItemSchema(list, context) };
                target.Style = ParameterStyle.Form;
                target.Explode = false;
                target.Example = example is null ? null : new JsonArray(example.Split(',').Select(v => list.ItemType == typeof(int)
                    ? (JsonNode)JsonValue.Create(int.Parse(v, CultureInfo.InvariantCulture))
                    : JsonValue.Create(v)).ToArray());
                break;
        }
    }

    private static OpenApiSchema Integer(int minimum, int maximum, int? defaultValue) => new()
    {
        Type = JsonSchemaType.Integer,
        Format = "int32",
        Minimum = minimum.ToString(CultureInfo.InvariantCulture),
        Maximum = maximum.ToString(CultureInfo.InvariantCulture),
        Default = defaultValue is { } value ? JsonValue.Create(value) : null,
    };

    private static IOpenApiSchema ItemSchema(ListQueryAttribute list, ParameterFilterContext context)
    {
        if (list.ItemType.IsEnum)
        {
            return context.SchemaGenerator.GenerateSchema(list.ItemType, context.SchemaRepository);
        }

        if (list.ItemType == typeof(int))
        {
            return Integer(1, int.MaxValue, null);
        }

        return list.FieldsOf is { } type
            ? new OpenApiSchema { Type = JsonSchemaType.String, Enum = StrikeFields.JsonNamesOf(type).Select(n => (JsonNode)JsonValue.Create(n)).ToList() }
            : new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = list.MaxLength > 0 ? list.MaxLength : null };
    }
}
