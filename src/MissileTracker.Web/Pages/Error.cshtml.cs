using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissileTracker.Web.Pages;

/// <summary>Shown for unhandled errors and for bare status codes (404 and the like) on pages.</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string? RequestId { get; private set; }
    public int Status { get; private set; } = StatusCodes.Status500InternalServerError;

    public void OnGet(int? status)
    {
        RequestId = Http.CorrelationId.Of(HttpContext);
        if (status is >= 400 and < 600)
        {
            Status = status.Value;
        }
    }
}
