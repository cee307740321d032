namespace MissileTracker.Web.Editing;

/// <summary>The outcome of a write: done, or the expected reason it was not (never an exception).</summary>
public abstract record EditResult<T>
{
    private EditResult()
    {
    }

    public sealed record Done(T Value) : EditResult<T>;

    /// <summary>Bad input, keyed by field name (as in the API and the form).</summary>
    public sealed record Invalid(IDictionary<string, string[]> Errors) : EditResult<T>;

    public sealed record NotFound : EditResult<T>;

    /// <summary>Someone else saved first; <paramref name="CurrentVersion"/> is what is stored now.</summary>
    public sealed record Conflict(int CurrentVersion, string Detail) : EditResult<T>;

    /// <summary>The action needs a role the user lacks (e.g. an editor changing a published record).</summary>
    public sealed record Forbidden(string Detail) : EditResult<T>;

    /// <summary>The record already exists (e.g. a report with the same URL).</summary>
    public sealed record Duplicate(int ExistingId, string Detail) : EditResult<T>;
}
