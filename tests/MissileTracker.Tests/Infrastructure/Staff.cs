using System.Net.Http.Headers;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MissileTracker.Web.Accounts;

namespace MissileTracker.Tests.Infrastructure;

/// <summary>Staff accounts and API tokens for tests.</summary>
public static class Staff
{
    public const string Password = "correct horse battery staple";

    /// <summary>Creates an account with <paramref name="roles"/> and returns its user name.</summary>
    public static async Task<string> CreateUserAsync(this TrackerApp app, string name, params string[] roles)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
        var email = $"{name}@example.org";
        var user = new TrackerUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, Password);
        created.Succeeded.Should().BeTrue(string.Join(" ", created.Errors.Select(e => e.Description)));
        if (roles.Length > 0)
        {
            await users.AddToRolesAsync(user, roles);
        }

        return email;
    }

    /// <summary>An HTTP client authenticated by a fresh API token of a new account with <paramref name="roles"/>.</summary>
    public static async Task<HttpClient> ClientWithRolesAsync(this TrackerApp app, string name, params string[] roles)
    {
        var secret = await app.CreateTokenAsync(await app.CreateUserAsync(name, roles));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    /// <summary>Stores a new API token for the account <paramref name="email"/> and returns its secret.</summary>
    public static async Task<string> CreateTokenAsync(this TrackerApp app, string email)
    {
        var secret = ApiTokenAuthenticationHandler.NewSecret();
        await app.WithDbAsync(async db =>
        {
            var user = db.Users.Single(u => u.Email == email);
            db.ApiTokens.Add(new ApiToken
            {
                UserId = user.Id,
                Name = "test",
                Hash = ApiTokenAuthenticationHandler.HashOf(secret),
                Prefix = secret[..8],
                CreatedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        });
        return secret;
    }
}
