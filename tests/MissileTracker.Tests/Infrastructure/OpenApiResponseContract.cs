using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using Microsoft.AspNetCore.Http;

namespace MissileTracker.Tests.Infrastructure;

/// <summary>
/// What the OpenAPI document promises about each response of <c>/api/v1</c>: the operation documents the
/// status, the media type, and the schema a JSON body must match. The document is OpenAPI 3.0, whose schemas
/// are not quite JSON Schema: <c>nullable: true</c> becomes a type array or <c>anyOf</c> with null, and
/// <c>$ref</c>s to <c>#/components/schemas</c> become <c>$defs</c>, so JsonSchema.Net can evaluate them.
/// </summary>
public sealed partial class OpenApiResponseContract
{
    private const string ComponentPrefix = "#/components/schemas/";

    private static readonly Lazy<OpenApiResponseContract> CheckedIn =
        new(() => Parse(File.ReadAllText(RepositoryFiles.OpenApiContract)));

    private readonly List<PathTemplate> _paths;
    private readonly JsonObject _definitions;
    private readonly ConcurrentDictionary<string, JsonSchema> _schemas = new(StringComparer.Ordinal);

    private OpenApiResponseContract(JsonObject document)
    {
        var version = document["openapi"]?.GetValue<string>() ?? "";
        if (!version.StartsWith("3.0.", StringComparison.Ordinal))
        {
            // 3.1 schemas are JSON Schema already and have no "nullable": the translation below would be wrong.
            throw new InvalidOperationException($"The contract is OpenAPI {version}; this check translates OpenAPI 3.0 schemas.");
        }

        _paths = document["paths"]!.AsObject()
            .Select(p => new PathTemplate(p.Key, p.Value!.AsObject()))
            // Literal segments win over parameters: /strikes/deleted before /strikes/{id}.
            .OrderBy(p => p.ParameterCount)
            .ToList();
        _definitions = new JsonObject(document["components"]?["schemas"]?.AsObject()
            .Select(s => KeyValuePair.Create(s.Key, (JsonNode?)ToJsonSchema(s.Value))) ?? []);
    }

    /// <summary>The checked-in contract, docs/openapi/v1.json.</summary>
    public static OpenApiResponseContract Current => CheckedIn.Value;

    public static OpenApiResponseContract Parse(string json) => new(JsonNode.Parse(json)!.AsObject());

    /// <summary>Everything in the response that the document does not allow; empty when it keeps the contract.</summary>
    /// <param name="method">The request's method.</param>
    /// <param name="path">The request's path, e.g. <c>/api/v1/strikes/3</c>.</param>
    /// <param name="status">The response's status code.</param>
    /// <param name="contentType">The response's Content-Type, if any.</param>
    /// <param name="body">The response body, decoded from any Content-Encoding.</param>
    public IReadOnlyList<string> Check(string method, string path, int status, MediaTypeHeaderValue? contentType, byte[] body)
    {
        var success = status is >= 200 and < 300;
        var template = _paths.FirstOrDefault(p => p.Matches(path));
        if (template is null)
        {
            // Unknown paths get the framework's 404; only an answer the document does not describe is a drift.
            return success ? [$"{path} answered {status}, but the document has no such path"] : [];
        }

        var head = HttpMethods.IsHead(method);
        var operation = template.Operations[method.ToLowerInvariant()] ?? (head ? template.Operations["get"] : null);
        if (operation is null)
        {
            // A method the path does not support gets 405 from routing; CORS preflights are not operations.
            return success && !HttpMethods.IsOptions(method) ? [$"{method} {template.Text} answered {status}, but the document has no such operation"] : [];
        }

        var what = $"{method} {path} ({template.Text}) answered {status}";
        var responses = operation["responses"]!.AsObject();
        var response = responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)]
            ?? responses[$"{status / 100}XX"] ?? responses["default"];
        if (response is null)
        {
            return [$"{what}, a status the document does not list (it lists {string.Join(", ", responses.Select(r => r.Key))})"];
        }

        var content = response["content"]?.AsObject();
        if (head)
        {
            return body.Length == 0 ? [] : [$"{what} with a {body.Length}-byte body; HEAD responses have none"];
        }

        if (body.Length == 0)
        {
            return content is { Count: > 0 } ? [$"{what} with no body, but the document describes one ({string.Join(", ", content.Select(c => c.Key))})"] : [];
        }

        if (content is not { Count: > 0 })
        {
            return [$"{what} with a {body.Length}-byte body, but the document describes none"];
        }

        var mediaType = contentType?.MediaType ?? "";
        var documented = content.FirstOrDefault(c => c.Key.Equals(mediaType, StringComparison.OrdinalIgnoreCase));
        if (documented.Value is null)
        {
            return [$"{what} as '{mediaType}', but the document lists only {string.Join(", ", content.Select(c => c.Key))}"];
        }

        // A binary schema (a stored file served as it is) admits any bytes.
        if (!IsJson(mediaType) || documented.Value["schema"] is not JsonObject schema || (string?)schema["format"] == "binary")
        {
            return [];
        }

        JsonElement instance;
        try
        {
            instance = JsonDocument.Parse(body).RootElement;
        }
        catch (JsonException e)
        {
            return [$"{what} with a body that is not JSON: {e.Message}"];
        }

        var key = $"{template.Text} {method} {status} {documented.Key}";
        var results = _schemas.GetOrAdd(key, _ => Build(schema)).Evaluate(instance, new EvaluationOptions
        {
            OutputFormat = OutputFormat.Hierarchical,
            RequireFormatValidation = true,
        });
        if (results.IsValid)
        {
            return [];
        }

        var errors = Failures(results).Select(d => $"{what}: at '{d.InstanceLocation}' ({d.EvaluationPath}): {d.Message}").Distinct().Take(12).ToList();
        return errors.Count > 0 ? errors : [$"{what} with a body that does not match the documented schema"];
    }

    // The errors of failing nodes only: the failed branch of an anyOf that passed is no error.
    private static IEnumerable<(string InstanceLocation, string EvaluationPath, string Message)> Failures(EvaluationResults node)
    {
        if (node.IsValid)
        {
            yield break;
        }

        foreach (var error in node.Errors ?? new Dictionary<string, string>())
        {
            yield return (node.InstanceLocation.ToString(), node.EvaluationPath.ToString(), error.Value);
        }

        foreach (var failure in (node.Details ?? []).SelectMany(Failures))
        {
            yield return failure;
        }
    }

    private JsonSchema Build(JsonObject schema)
    {
        var root = ToJsonSchema(schema).AsObject();
        root["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        root["$defs"] = _definitions.DeepClone();
        // A base URI of its own, so each schema's "#/$defs/..." resolve inside it.
        return JsonSchema.Build(JsonSerializer.SerializeToElement(root), null, new Uri($"https://contract.missiletracker.test/{Guid.NewGuid():N}"));
    }

    private static bool IsJson(string mediaType) =>
        mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);

    /// <summary>An OpenAPI 3.0 schema object as JSON Schema 2020-12.</summary>
    public static JsonNode ToJsonSchema(JsonNode? node)
    {
        if (node is not JsonObject schema)
        {
            return node?.DeepClone() ?? new JsonObject();
        }

        if (schema["$ref"] is JsonValue reference)
        {
            // OpenAPI 3.0 ignores everything beside a $ref, "nullable" included.
            var target = reference.GetValue<string>();
            target.Should().StartWith(ComponentPrefix, "the contract refers only to its own component schemas");
            return new JsonObject { ["$ref"] = "#/$defs/" + target[ComponentPrefix.Length..] };
        }

        var result = new JsonObject();
        foreach (var (keyword, value) in schema)
        {
            switch (keyword)
            {
                case "nullable" or "example" or "discriminator" or "xml" or "externalDocs":
                    continue;
                case "properties":
                    result[keyword] = new JsonObject(value!.AsObject().Select(p => KeyValuePair.Create(p.Key, (JsonNode?)ToJsonSchema(p.Value))));
                    break;
                case "items" or "additionalProperties" or "not":
                    result[keyword] = value is JsonObject ? ToJsonSchema(value) : value?.DeepClone();
                    break;
                case "allOf" or "anyOf" or "oneOf":
                    result[keyword] = new JsonArray(value!.AsArray().Select(ToJsonSchema).ToArray());
                    break;
                default:
                    result[keyword] = value?.DeepClone();
                    break;
            }
        }

        return schema["nullable"]?.GetValueKind() == JsonValueKind.True ? OrNull(result) : result;
    }

    // "nullable: true" admits null whatever else the schema says (the reading of OpenAPI 3.0.0 that Swashbuckle
    // and client generators follow), so "type: object, nullable: true, allOf: [$ref]" is "null, or that schema".
    private static JsonObject OrNull(JsonObject schema)
    {
        string[] constraining = ["enum", "allOf", "anyOf", "oneOf", "not", "$ref"];
        if (schema["type"] is JsonValue type && !constraining.Any(schema.ContainsKey))
        {
            schema["type"] = new JsonArray(type.GetValue<string>(), "null");
            return schema;
        }

        return new JsonObject { ["anyOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" }) };
    }

    private sealed partial class PathTemplate(string text, JsonObject operations)
    {
        private readonly Regex _pattern = new("^" + Parameter().Replace(Regex.Escape(text).Replace(@"\{", "{", StringComparison.Ordinal), "[^/]+") + "$",
            RegexOptions.CultureInvariant);

        public string Text { get; } = text;

        public JsonObject Operations { get; } = operations;

        public int ParameterCount { get; } = Parameter().Count(text);

        public bool Matches(string path) => _pattern.IsMatch(path);

        [GeneratedRegex(@"\{[^}/]+\}")]
        private static partial Regex Parameter();
    }
}
