using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MissileTracker.Web.Data;
using MissileTracker.Web.Http;

namespace MissileTracker.Web.Accounts;

/// <summary>Authenticates <c>Authorization: Bearer mt_…</c> API tokens against their stored hashes.</summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    TrackerDbContext db,
    UserManager<TrackerUser> users)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";
    public const string TokenPrefix = "mt_";
    private const string BearerPrefix = "Bearer ";

    public static bool HasBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        // Tokens are for the API alone, whatever scheme a caller or a policy names elsewhere.
        if (!HasBearer(Request) || !HttpExtensions.IsApi(Context))
        {
            return AuthenticateResult.NoResult();
        }

        var secret = Request.Headers.Authorization.ToString()[BearerPrefix.Length..].Trim();
        var hash = HashOf(secret);
        var token = await db.ApiTokens.Include(t => t.User).SingleOrDefaultAsync(t => t.Hash == hash && t.RevokedAt == null);
        if (token is null)
        {
            return AuthenticateResult.Fail("Unknown or revoked API token.");
        }

        if (await users.IsLockedOutAsync(token.User))
        {
            return AuthenticateResult.Fail("The token's account is locked.");
        }

        var now = DateTime.UtcNow;
        // Record use at most once a minute, so reads do not turn into writes.
        if (token.LastUsedAt is null || now - token.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            token.LastUsedAt = now;
            try
            {
                await db.SaveChangesAsync();
            }
            catch (DbUpdateException failure) when (StorageFailure.Is(failure))
            {
                // Bookkeeping only: an unwritable database must not fail a read; a write answers 503 on its own.
                db.Entry(token).State = EntityState.Unchanged;
            }
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, token.UserId),
            new(ClaimTypes.Name, token.User.UserName ?? token.UserId),
        };
        claims.AddRange((await users.GetRolesAsync(token.User)).Select(role => new Claim(ClaimTypes.Role, role)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer realm=\"MissileTracker API\"";
        return base.HandleChallengeAsync(properties);
    }

    public static string NewSecret() => TokenPrefix + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string HashOf(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
