namespace MissileTracker.Web.Commands;

/// <summary>
/// One maintenance command: its name, a one-line summary for the list of commands, its help
/// text for <c>--help</c>, and how it runs.
/// </summary>
/// <param name="Name">The first argument that selects the command, e.g. <c>create-admin</c>.</param>
/// <param name="Summary">One line for the list of commands.</param>
/// <param name="Help">The usage line and each option, printed for <c>--help</c>.</param>
/// <param name="RunAsync">Runs the command and returns the process exit code (2: usage error).</param>
/// <param name="NeedsApp">
/// True (the default) when the command works on the configured database, so the app is built and
/// the database migrated first; false for a command that must not touch it (copy-to-postgres).
/// </param>
public sealed record TrackerCommand(string Name, string Summary, string Help, Func<CommandContext, Task<int>> RunAsync, bool NeedsApp = true);

/// <summary>What a command runs with: its arguments (the command's name first), the console, and the app's services.</summary>
public sealed record CommandContext(string[] Args, TextReader Input, TextWriter Output, IServiceProvider? AppServices)
{
    /// <summary>The app's services; only for commands declared with <c>NeedsApp</c>.</summary>
    public IServiceProvider Services => AppServices
        ?? throw new InvalidOperationException("This command was declared with NeedsApp: false, so the app was not built.");
}
