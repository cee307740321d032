using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Api;

/// <summary>
/// Parses the query-parameter classes an API handler takes (<c>[AsParameters]</c> <see cref="QueryParameters"/>)
/// before it runs, and answers 400 ProblemDetails naming every bad parameter; so a handler only ever sees parsed
/// values. Endpoints that take none get no filter at all.
/// </summary>
internal static class QueryParametersFilter
{
    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var positions = context.MethodInfo.GetParameters()
            .Where(p => typeof(QueryParameters).IsAssignableFrom(p.ParameterType))
            .Select(p => p.Position)
            .ToList();
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
}
