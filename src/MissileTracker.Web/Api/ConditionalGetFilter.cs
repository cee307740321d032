using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using MissileTracker.Web.Http;

namespace MissileTracker.Web.Api;

/// <summary>
/// Gives every successful JSON read an ETag computed from its body, and answers 304 when the
/// client already has it. JSON reads are bounded (one record or one page), so serialising before
/// sending costs little; streamed exports compute a version ETag instead (<see cref="StreamedResult"/>).
/// </summary>
internal sealed class ConditionalGetFilter(IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            return result;
        }

        var inner = result is INestedHttpResult nested ? nested.Result : result;
        if (inner is not IValueHttpResult { Value: { } value } || inner is not IStatusCodeHttpResult { StatusCode: StatusCodes.Status200OK })
        {
            return result;
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), json.Value.SerializerOptions);
        var lastModified = http.Response.GetTypedHeaders().LastModified?.UtcDateTime;
        return HttpCaching.IsNotModified(http, HttpCaching.ContentTag(body), lastModified)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Bytes(body, "application/json; charset=utf-8");
    }
}
