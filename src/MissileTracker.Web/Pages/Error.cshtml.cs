using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissileTracker.Web.Pages;

/// <summary>
/// Shown for unhandled errors and for bare status codes (404 and the like) on pages. Errors are
/// re-executed with the request's own method, so every method shows this page.
/// </summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string? RequestId { get; private set; }
    public int Status { get; private set; } = StatusCodes.Status500InternalServerError;

    public void OnGet(int? status) => Show(status);

    public void OnPost(int? status) => Show(status);

    public void OnPut(int? status) => Show(status);

    public void OnPatch(int? status) => Show(status);

    public void OnDelete(int? status) => Show(status);

    // Status code pages pass ?status=; the exception handler has already set the response's status (500, or 503 for an unwritable database).
    private void Show(int? status)
    {
        RequestId = Http.CorrelationId.Of(HttpContext);
        var shown = status ?? Response.StatusCode;
        if (shown is >= 400 and < 600)
        {
            Status = shown;
        }
    }
}
