using Microsoft.AspNetCore.Identity;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Data;

namespace MissileTracker.Web.Commands;

/// <summary>
/// <c>create-token --email &lt;account&gt; --name &lt;label&gt;</c>: creates an API token for an existing
/// account (for scripts and service accounts) and prints its secret once; only the hash is stored.
/// </summary>
public static class CreateTokenCommand
{
    public const string Name = "create-token";

    private const string Usage = $"Usage: {Name} --email <account> [--name <label>]";

    public static TrackerCommand Command { get; } = new(Name, "Creates an API token for an existing account and prints its secret once.",
        $"""
        {Usage}
          --email <account>   the existing account the token acts as (required)
          --name <label>      a label shown on the account page, 1 to 100 characters (default: "command line")
        Only the token's hash is stored: copy the printed secret now.
        """,
        context => RunAsync(context.Services, context.Args, context.Output));

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var email = CommandLine.Option(args, "--email");
        var name = (CommandLine.Option(args, "--name") ?? "command line").Trim();
        if (name.Length is 0 or > 100)
        {
            await output.WriteLineAsync("The token name must be 1 to 100 characters.");
            return 2;
        }
        if (string.IsNullOrWhiteSpace(email))
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
        if (await users.FindByEmailAsync(email) is not { } user)
        {
            await output.WriteLineAsync($"No account for {email}.");
            return 1;
        }

        var secret = ApiTokenAuthenticationHandler.NewSecret();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        db.ApiTokens.Add(new ApiToken
        {
            UserId = user.Id,
            Name = name,
            Hash = ApiTokenAuthenticationHandler.HashOf(secret),
            Prefix = secret[..8],
            CreatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
        await output.WriteLineAsync(secret);
        return 0;
    }
}
