using Microsoft.AspNetCore.Http.HttpResults;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Api;

/// <summary>The API's expected failures, as RFC 9457 (7807) ProblemDetails with a stable <c>type</c>.</summary>
public static class ApiProblems
{
    public static ProblemHttpResult NotFound(string resource, int id) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: $"{resource} not found",
            detail: $"There is no {resource.ToLowerInvariant()} with id {id}.",
            type: ProblemTypes.NotFound);

    /// <summary>404 for a resource named by something other than an id, e.g. a release by its version.</summary>
    public static ProblemHttpResult NotFound(string resource, string keyName, string key) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: $"{resource} not found",
            detail: $"There is no {resource.ToLowerInvariant()} with {keyName} '{key}'.",
            type: ProblemTypes.NotFound);

    /// <summary>400 with <c>errors</c> keyed by parameter name; the detail lists the names too.</summary>
    public static ValidationProblem BadQuery(QueryStringParser errors)
    {
        var dictionary = errors.ToDictionary();
        return TypedResults.ValidationProblem(
            dictionary,
            title: "Invalid query parameters",
            detail: "Check these parameters: " + string.Join(", ", dictionary.Keys) + ".",
            type: ProblemTypes.InvalidQuery);
    }
}
