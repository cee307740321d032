using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace MissileTracker.Web.Pages;

/// <summary>
/// Where cookies must be Secure (outside Development and Testing), the sign-in and staff pages
/// answer a plain-HTTP request with 403 and a page saying HTTPS is required, instead of the 500
/// that antiforgery throws when it cannot set its Secure cookie. Sign-in stays HTTPS-only:
/// credentials and the session never travel in clear text.
/// </summary>
internal sealed class HttpsRequiredFilter : IAuthorizationFilter, IOrderedFilter
{
    // After MethodNotAllowedFilter, before antiforgery validation (order 1000).
    public int Order => -1000;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var antiforgery = context.HttpContext.RequestServices.GetRequiredService<IOptions<AntiforgeryOptions>>().Value;
        if (context.HttpContext.Request.IsHttps || antiforgery.Cookie.SecurePolicy != CookieSecurePolicy.Always)
        {
            return;
        }

        context.Result = new ViewResult { ViewName = "HttpsRequired", StatusCode = StatusCodes.Status403Forbidden };
    }
}
