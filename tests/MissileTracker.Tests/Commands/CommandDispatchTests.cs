using System.Diagnostics;
using MissileTracker.Web.Commands;

namespace MissileTracker.Tests.Commands;

/// <summary>Which command a command line selects, the list of commands, each command's --help, and unknown commands.</summary>
public sealed class CommandDispatchTests
{
    private static readonly string[] Names = ["create-admin", "create-token", "backup", "copy-to-postgres", "generate", "seed-reference", "release", "archive-report", "check-links", "import-airforce"];

    private static async Task<(int Code, string Output, string Error)> DispatchAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        // Help and unknown commands must answer without building the app (which would migrate the configured database).
        var code = await TrackerCommands.RunAsync(args, () => throw new InvalidOperationException("The app was built."), new StringReader(""), output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("--urls", "http://127.0.0.1:5000")]
    [InlineData("--ConnectionStrings:Tracker=Data Source=tracker.db")]
    public void Options_alone_start_the_web_server(params string[] args)
    {
        TrackerCommands.IsRequested(args).Should().BeFalse();
        TrackerCommands.IsRequested([]).Should().BeFalse();
    }

    [Theory]
    [InlineData("help")]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task Help_lists_every_command_with_its_summary(string help)
    {
        TrackerCommands.IsRequested([help]).Should().BeTrue();

        var (code, output, _) = await DispatchAsync(help);

        code.Should().Be(0);
        TrackerCommands.All.Select(c => c.Name).Should().BeEquivalentTo(Names);
        foreach (var command in TrackerCommands.All)
        {
            output.Should().Contain($"  {command.Name} ").And.Contain(command.Summary);
        }
    }

    [Theory]
    [InlineData("create-admin", "--email")]
    [InlineData("create-token", "--name")]
    [InlineData("backup", "--to")]
    [InlineData("copy-to-postgres", "--from")]
    [InlineData("generate", "--strikes")]
    [InlineData("release", "--version")]
    [InlineData("archive-report", "--id")]
    [InlineData("check-links", "--older-than")]
    [InlineData("seed-reference", "--dry-run")]
    [InlineData("import-airforce", "--file")]
    public async Task Each_command_explains_its_options_with_help(string name, string option)
    {
        foreach (var args in new[] { new[] { name, "--help" }, [name, "-h"], ["help", name] })
        {
            var (code, output, _) = await DispatchAsync(args);

            code.Should().Be(0);
            output.Should().StartWith($"Usage: {name}").And.Contain(option);
        }
    }

    [Theory]
    [InlineData("import-foo")]
    [InlineData("create_admin", "--email", "a@example.org")]
    [InlineData("Backup", "--to", "x.db")]
    public async Task An_unknown_command_prints_the_list_of_commands_and_exits_with_2(params string[] args)
    {
        TrackerCommands.IsRequested(args).Should().BeTrue();

        var (code, output, error) = await DispatchAsync(args);

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith($"Unknown command '{args[0]}'.").And.Contain(TrackerCommands.List());
    }

    [Fact]
    public async Task The_app_given_an_unknown_command_exits_with_2_instead_of_starting_the_server()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "MissileTracker.Web.dll"), "import-foo" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // Were the server to start by mistake, it would use a throwaway database and port.
            Environment = { ["ConnectionStrings__Tracker"] = "Data Source=:memory:", ["ASPNETCORE_URLS"] = "http://127.0.0.1:0" },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("The app kept running: it started the web server. Output: " + await output);
        }

        process.ExitCode.Should().Be(2);
        (await error).Should().Contain("Unknown command 'import-foo'.").And.Contain("create-admin");
    }
}
