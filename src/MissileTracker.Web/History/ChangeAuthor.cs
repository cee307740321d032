namespace MissileTracker.Web.History;

/// <summary>Who is saving, and why; recorded on every change log entry of the save.</summary>
/// <param name="UserName">The account's user name, or "system" for automatic changes.</param>
/// <param name="Reason">Optional reason given by the editor.</param>
public sealed record ChangeAuthor(string UserName, string? Reason = null)
{
    public static ChangeAuthor System { get; } = new("system");
}
