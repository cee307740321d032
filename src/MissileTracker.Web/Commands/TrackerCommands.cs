using MissileTracker.Web.Commands.Generation;

namespace MissileTracker.Web.Commands;

/// <summary>
/// The app's command-line tools and their one dispatcher. <c>MissileTracker.Web [--option value …]</c>
/// starts the web server; a first argument that is not an option names a command
/// (<c>create-admin --email …</c>), <c>help</c>/<c>--help</c> lists the commands, and
/// <c>&lt;command&gt; --help</c> explains one. Any other first word is an error (exit 2), so a
/// mistyped command never starts the server by accident.
/// </summary>
public static class TrackerCommands
{
    public static IReadOnlyList<TrackerCommand> All { get; } =
    [
        CreateAdminCommand.Command,
        CreateTokenCommand.Command,
        BackupCommand.Command,
        CopyToPostgresCommand.Command,
        GenerateCommand.Command,
        SeedReferenceCommand.Command,
        ReleaseCommand.Command,
        ArchiveReportCommand.Command,
        CheckLinksCommand.Command,
        ImportAirForceCommand.Command,
    ];

    /// <summary>True when <paramref name="args"/> ask for a command or for help rather than the web server.</summary>
    public static bool IsRequested(string[] args) => args.Length > 0 && (!args[0].StartsWith('-') || IsHelpOption(args[0]));

    /// <summary>Runs the command <paramref name="args"/> name (see <see cref="IsRequested"/>).</summary>
    /// <param name="args">The command line, the command's name first.</param>
    /// <param name="createApp">Builds the app and prepares its database; called only for a command that needs it.</param>
    /// <param name="input">Standard input (create-admin reads the password from it).</param>
    /// <param name="output">Standard output: the command's output and help.</param>
    /// <param name="error">Standard error: the unknown-command message and the list of commands.</param>
    /// <returns>The process exit code: the command's own, 0 for help, 2 for an unknown command.</returns>
    public static async Task<int> RunAsync(string[] args, Func<Task<WebApplication>> createApp, TextReader input, TextWriter output, TextWriter error)
    {
        var first = args.Length > 0 ? args[0] : "help";
        if (first == "help" || IsHelpOption(first))
        {
            if (args.Length > 1 && Find(args[1]) is { } topic)
            {
                await output.WriteLineAsync(topic.Help);
                return 0;
            }

            await output.WriteAsync(List());
            return 0;
        }

        if (Find(first) is not { } command)
        {
            await error.WriteLineAsync($"Unknown command '{first}'.");
            await error.WriteAsync(List());
            return 2;
        }

        if (args.Skip(1).Any(IsHelpOption))
        {
            await output.WriteLineAsync(command.Help);
            return 0;
        }

        if (!command.NeedsApp)
        {
            return await command.RunAsync(new CommandContext(args, input, output, null));
        }

        await using var app = await createApp();
        return await command.RunAsync(new CommandContext(args, input, output, app.Services));
    }

    /// <summary>The list of commands, as <c>help</c> prints it.</summary>
    public static string List()
    {
        var width = All.Max(c => c.Name.Length) + 2;
        var lines = All.Select(c => $"  {c.Name.PadRight(width)}{c.Summary}");
        return $"""
            Usage: MissileTracker.Web [--option value …]             runs the web server
                   MissileTracker.Web <command> [--option value …]   runs a maintenance command
            Commands:
            {string.Join("\n", lines)}
            Run '<command> --help' for a command's options.

            """;
    }

    private static TrackerCommand? Find(string name) => All.FirstOrDefault(c => c.Name == name);

    private static bool IsHelpOption(string arg) => arg is "--help" or "-h" or "-?";
}
