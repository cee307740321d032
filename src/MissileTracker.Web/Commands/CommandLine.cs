namespace MissileTracker.Web.Commands;

/// <summary>Reads <c>--name value</c> options of the app's maintenance commands (create-admin, backup, …).</summary>
public static class CommandLine
{
    /// <summary>The value after <paramref name="name"/>, or null when the option is absent or has no value.</summary>
    public static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
