using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissileTracker.Web.Pages;

/// <summary>
/// 405 with <c>Allow</c> for a page request whose method no handler of the page takes (a POST to
/// <c>/map</c>). Razor Pages would render the page for any method, after antiforgery validation
/// had answered 400, or 500 over plain HTTP where its cookie must be Secure. Runs before that validation.
/// </summary>
internal sealed class MethodNotAllowedFilter : IAuthorizationFilter, IOrderedFilter
{
    // Razor Pages' antiforgery validation runs at order 1000.
    public int Order => -2000;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var method = context.HttpContext.Request.Method;
        if (context.ActionDescriptor is not CompiledPageActionDescriptor page || HttpMethods.IsGet(method) || HttpMethods.IsHead(method)
            || page.HandlerMethods.Any(handler => string.Equals(handler.HttpMethod, method, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        var allowed = page.HandlerMethods.Select(handler => handler.HttpMethod.ToUpperInvariant()).Prepend(HttpMethods.Head).Prepend(HttpMethods.Get).Distinct();
        context.HttpContext.Response.Headers.Allow = string.Join(", ", allowed);
        context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
    }
}
