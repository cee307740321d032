using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Api;

/// <summary>
/// Parses the query-parameter classes an API handler takes (<c>[AsParameters]</c> <see cref="QueryParameters"/>)
/// before it runs, and answers 400 ProblemDetails naming every bad parameter; so a handler only ever sees parsed
/// values, and its return type does not list the 400: this filter documents it. Endpoints that take none get no
/// filter at all.
/// </summary>
internal static class QueryParametersFilter
{
    /// <summary>Parses the handler's query parameters first, and documents the 400 on the endpoints that take any.</summary>
    public static TBuilder ParseQueryParameters<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            if (endpoint.Metadata.OfType<MethodInfo>().FirstOrDefault() is { } handler && QueryParameterPositions(handler).Count > 0)
            {
                endpoint.Metadata.Add(new ProducesResponseTypeMetadata(
                    StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), ["application/problem+json"]));
            }
        });
        return builder.AddEndpointFilterFactory(Create);
    }

    private static EndpointFilterDelegate Create(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var positions = QueryParameterPositions(context.MethodInfo);
        if (positions.Count == 0)
        {
            return next;
        }

        return async invocation =>
        {
            var http = invocation.HttpContext;
            var parser = await QueryParameters.ParseAllAsync(
                positions.Select(invocation.GetArgument<QueryParameters>), http.RequestServices, http.RequestAborted);
            return parser.Any ? ApiProblems.BadQuery(parser) : await next(invocation);
        };
    }

    private static List<int> QueryParameterPositions(MethodInfo handler) =>
        handler.GetParameters().Where(p => typeof(QueryParameters).IsAssignableFrom(p.ParameterType)).Select(p => p.Position).ToList();
}
