using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using MissileTracker.Web.Places;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Pages.Editor.Places;

/// <summary>
/// The editor forms' place type-ahead (place-picker.js): the same search as <c>GET /api/v1/places</c>,
/// answered as JSON to the signed-in editor's cookie, so places editors added and not yet published are offered too.
/// </summary>
public sealed class FindModel(PlaceLookup places, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : PageModel
{
    public async Task<IActionResult> OnGetAsync([FromQuery] PlaceSearchParameters query, CancellationToken ct)
    {
        var parser = await QueryParameters.ParseAllAsync([query], HttpContext.RequestServices, ct);
        if (parser.Any)
        {
            return BadRequest(new ValidationProblemDetails(parser.ToDictionary()));
        }

        // The API's JSON options (enums by name, camelCase), so the script reads the same shape as GET /api/v1/places.
        return new JsonResult(await places.SearchAsync(query.Query, query.Oblasts, staff: true, query.MaxCandidates, ct), json.Value.SerializerOptions);
    }
}
