using MissileTracker.Web.Http;

namespace MissileTracker.Web.Api;

/// <summary>
/// Answers 406 ProblemDetails when the Accept header takes none of the media types the endpoint
/// produces, instead of sending JSON to a client that said it cannot use it. The ProblemDetails
/// itself is JSON whatever was asked (RFC 9110 allows an error in another type); <c>available</c>
/// lists what the endpoint does serve.
/// </summary>
internal sealed class NotAcceptableFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!http.Request.Headers.ContainsKey("Accept") || http.GetEndpoint() is not { } endpoint)
        {
            return next(context);
        }

        var produced = ContentNegotiation.Produced(endpoint);
        if (produced.Count == 0 || ContentNegotiation.Accepts(http.Request, produced))
        {
            return next(context);
        }

        return ValueTask.FromResult<object?>(TypedResults.Problem(
            statusCode: StatusCodes.Status406NotAcceptable,
            title: "Not acceptable",
            detail: $"This resource is available as {string.Join(" or ", produced)}; the Accept header takes none of them.",
            type: ProblemTypes.NotAcceptable,
            extensions: new Dictionary<string, object?> { ["available"] = produced }));
    }
}
