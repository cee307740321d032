using Microsoft.AspNetCore.Http.Features;

namespace MissileTracker.Web.Http;

/// <summary>
/// HEAD is GET without the body (RFC 9110 §9.3.2): a client checks a resource's ETag, size or
/// type without downloading it. Minimal APIs route HEAD only where an endpoint declares it.
/// </summary>
public static class HeadRequests
{
    /// <summary>Lets every GET endpoint mapped in <paramref name="group"/> answer HEAD too, through the same handler and filters.</summary>
    public static TBuilder AllowHead<TBuilder>(this TBuilder group)
        where TBuilder : IEndpointConventionBuilder
    {
        // Finally: after each endpoint's own conventions, so every endpoint's method list is complete.
        group.Finally(endpoint =>
        {
            if (endpoint.Metadata.OfType<IHttpMethodMetadata>().LastOrDefault() is { } methods
                && methods.HttpMethods.Contains(HttpMethods.Get) && !methods.HttpMethods.Contains(HttpMethods.Head))
            {
                endpoint.Metadata.Remove(methods);
                endpoint.Metadata.Add(new HttpMethodMetadata([.. methods.HttpMethods, HttpMethods.Head], methods.AcceptCorsPreflight));
            }
        });
        return group;
    }

    /// <summary>
    /// Answers HEAD with the headers the GET would have (Content-Length, ETag, Content-Type, Content-Encoding)
    /// and no body, whatever server runs the app: the body is written to nowhere.
    /// </summary>
    public static IApplicationBuilder UseHeadResponses(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (HttpMethods.IsHead(context.Request.Method))
            {
                context.Features.Set<IHttpResponseBodyFeature>(
                    new StreamResponseBodyFeature(Stream.Null, context.Features.GetRequiredFeature<IHttpResponseBodyFeature>()));
            }

            return next(context);
        });
}
