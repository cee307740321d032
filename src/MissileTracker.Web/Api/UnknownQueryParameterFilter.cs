using System.Collections.Concurrent;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Api;

/// <summary>
/// Refuses query parameters an endpoint does not declare with 400 ProblemDetails naming each one and
/// listing the valid ones, so a misspelt filter (<c>dateFrom</c> for <c>from</c>) is not silently
/// ignored while every record comes back. Endpoints that declare no query parameter are not checked.
/// </summary>
internal sealed class UnknownQueryParameterFilter(DeclaredQueryParameters declared) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.Request.Query.Count == 0 || http.GetEndpoint() is not { } endpoint)
        {
            return next(context);
        }

        var valid = declared.Of(endpoint);
        if (valid.Count == 0)
        {
            return next(context);
        }

        var errors = new QueryStringParser();
        foreach (var name in http.Request.Query.Keys.Where(k => !valid.Contains(k, StringComparer.OrdinalIgnoreCase)))
        {
            errors.Add(name, $"Unknown query parameter '{name}'. Valid parameters: {string.Join(", ", valid)}.");
        }

        return errors.Any ? ValueTask.FromResult<object?>(ApiProblems.BadQuery(errors)) : next(context);
    }
}

/// <summary>
/// Each endpoint's query parameter names as API Explorer describes them from the endpoint's declared
/// parameters (<c>[AsParameters]</c> types, <c>[FromQuery]</c> names): the list the OpenAPI document shows.
/// </summary>
public sealed class DeclaredQueryParameters(IApiDescriptionGroupCollectionProvider explorer)
{
    private readonly ConcurrentDictionary<Endpoint, IReadOnlyList<string>> _byEndpoint = new();

    public IReadOnlyList<string> Of(Endpoint endpoint) => _byEndpoint.GetOrAdd(endpoint, Find);

    private IReadOnlyList<string> Find(Endpoint endpoint)
    {
        if (endpoint is not RouteEndpoint { RoutePattern.RawText: { } pattern } || endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods)
        {
            return [];
        }

        // API Explorer describes each endpoint once per method, by its route pattern.
        var description = explorer.ApiDescriptionGroups.Items.SelectMany(g => g.Items).FirstOrDefault(d =>
            string.Equals(d.RelativePath, pattern.TrimStart('/'), StringComparison.Ordinal)
            && methods.HttpMethods.Contains(d.HttpMethod ?? "", StringComparer.OrdinalIgnoreCase));
        return description?.ParameterDescriptions
            .Where(p => p.Source == BindingSource.Query)
            .Select(p => p.Name)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList() ?? [];
    }
}
