using Microsoft.AspNetCore.Mvc.RazorPages;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Pages.Shared;

/// <summary>
/// A page filtered by its query string. It parses the same <see cref="QueryParameters"/> classes as the API and,
/// when a value is wrong, answers 400 with each message next to its form field (<see cref="ErrorFor"/>).
/// </summary>
public abstract class QueryPageModel : PageModel
{
    /// <summary>Messages by query parameter name.</summary>
    public IDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public string? ErrorFor(string parameter) => Errors.TryGetValue(parameter, out var messages) ? string.Join(" ", messages) : null;

    /// <summary>Parses <paramref name="parameters"/>; false (and status 400, <see cref="Errors"/> set) when one is wrong.</summary>
    protected async Task<bool> ParseQueryAsync(CancellationToken ct, params QueryParameters[] parameters)
    {
        var parser = await QueryParameters.ParseAllAsync(parameters, HttpContext.RequestServices, ct);
        if (!parser.Any)
        {
            return true;
        }

        Errors = parser.ToDictionary();
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return false;
    }
}
