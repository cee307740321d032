using Microsoft.AspNetCore.Identity;
using MissileTracker.Web.Accounts;

namespace MissileTracker.Web.Commands;

/// <summary>
/// <c>create-admin --email you@example.org [--roles admin,reviewer,editor]</c>: creates the first
/// admin account. The password comes from MISSILETRACKER_ADMIN_PASSWORD or, if unset, standard
/// input, so it never appears in the command line, the shell history or the repository.
/// </summary>
public static class CreateAdminCommand
{
    public const string Name = "create-admin";
    public const string PasswordVariable = "MISSILETRACKER_ADMIN_PASSWORD";

    private const string Usage = $"Usage: {Name} --email <address> [--roles admin,reviewer,editor]; password from {PasswordVariable} or standard input.";

    public static TrackerCommand Command { get; } = new(Name, "Creates a staff account (the first admin) with its roles.",
        $"""
        {Usage}
          --email <address>   the account's e-mail address, also its user name (required)
          --roles <list>      comma-separated roles: {string.Join(", ", Roles.All)} (default: {Roles.Admin})
        The password is read from {PasswordVariable} or, when that is unset, from standard input,
        so it never appears in the command line or the shell history.
        """,
        context => RunAsync(context.Services, context.Args, context.Input, context.Output));

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output)
    {
        var email = CommandLine.Option(args, "--email");
        if (string.IsNullOrWhiteSpace(email))
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        var roles = (CommandLine.Option(args, "--roles") ?? Roles.Admin).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (roles.Except(Roles.All).FirstOrDefault() is { } unknown)
        {
            await output.WriteLineAsync($"Unknown role '{unknown}'. Roles: {string.Join(", ", Roles.All)}.");
            return 2;
        }

        var password = Environment.GetEnvironmentVariable(PasswordVariable);
        if (string.IsNullOrEmpty(password))
        {
            await output.WriteLineAsync("Password:");
            password = (await input.ReadLineAsync())?.Trim();
        }

        if (string.IsNullOrEmpty(password))
        {
            await output.WriteLineAsync($"No password given (set {PasswordVariable} or type it on standard input).");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
        if (await users.FindByEmailAsync(email) is not null)
        {
            await output.WriteLineAsync($"An account for {email} already exists; nothing changed.");
            return 1;
        }

        var user = new TrackerUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            await output.WriteLineAsync("Could not create the account: " + string.Join(" ", created.Errors.Select(e => e.Description)));
            return 1;
        }

        await users.AddToRolesAsync(user, roles);
        await output.WriteLineAsync($"Created {email} with roles: {string.Join(", ", roles)}.");
        return 0;
    }
}
