using Microsoft.AspNetCore.Http.HttpResults;
using MissileTracker.Web.Editing;

namespace MissileTracker.Web.Api;

/// <summary>Maps a write's outcome to its HTTP answer: 2xx, or a ProblemDetails with a stable status.</summary>
public static class EditResponses
{
    public static async Task<Results<Ok<TOut>, ValidationProblem, ProblemHttpResult>> Ok<T, TOut>(EditResult<T> result, Func<T, Task<TOut>> map) =>
        result switch
        {
            EditResult<T>.Done done => TypedResults.Ok(await map(done.Value)),
            EditResult<T>.Invalid invalid => Validation(invalid.Errors),
            _ => Problem(result),
        };

    public static async Task<Results<Created<TOut>, ValidationProblem, ProblemHttpResult>> Created<T, TOut>(
        EditResult<T> result, Func<T, string> location, Func<T, Task<TOut>> map) =>
        result switch
        {
            EditResult<T>.Done done => TypedResults.Created(location(done.Value), await map(done.Value)),
            EditResult<T>.Invalid invalid => Validation(invalid.Errors),
            _ => Problem(result),
        };

    public static Results<NoContent, ValidationProblem, ProblemHttpResult> NoContent<T>(EditResult<T> result) =>
        result switch
        {
            EditResult<T>.Done => TypedResults.NoContent(),
            EditResult<T>.Invalid invalid => Validation(invalid.Errors),
            _ => Problem(result),
        };

    private static ValidationProblem Validation(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "Invalid input", detail: "Check these fields: " + string.Join(", ", errors.Keys) + ".");

    private static ProblemHttpResult Problem<T>(EditResult<T> result) =>
        result switch
        {
            EditResult<T>.NotFound => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
                detail: "There is no such record, or it is deleted."),
            EditResult<T>.Forbidden forbidden => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed", detail: forbidden.Detail),
            EditResult<T>.Conflict conflict => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Edit conflict", detail: conflict.Detail,
                extensions: new Dictionary<string, object?> { ["currentVersion"] = conflict.CurrentVersion }),
            EditResult<T>.Duplicate duplicate => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Already stored", detail: duplicate.Detail,
                extensions: new Dictionary<string, object?> { ["existingId"] = duplicate.ExistingId }),
            _ => throw new InvalidOperationException($"Unexpected edit result {result.GetType().Name}."),
        };
}
