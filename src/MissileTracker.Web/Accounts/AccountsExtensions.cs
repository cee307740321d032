using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using MissileTracker.Web.Data;
using MissileTracker.Web.Http;

namespace MissileTracker.Web.Accounts;

public static class AccountsExtensions
{
    private const string CookieOrTokenOnApi = "CookieOrTokenOnApi";

    /// <summary>
    /// Staff accounts (Identity on the tracker's database), cookie sign-in for pages, bearer API
    /// tokens for the API, and the role policies.
    /// </summary>
    public static IServiceCollection AddTrackerAccounts(this IServiceCollection services, IHostEnvironment environment)
    {
        // Cookies are Secure everywhere but on a developer's or test's plain-http localhost.
        var secure = environment.IsDevelopment() || environment.IsEnvironment("Testing") ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        services.AddAntiforgery(options =>
        {
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = secure;
            // Not the request's path base, which holds /uk on a Ukrainian page: one cookie for both languages.
            options.Cookie.Path = "/";
        });
        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(options =>
        {
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = secure;
            options.Cookie.Path = "/";
        });
        services.AddIdentity<TrackerUser, IdentityRole>(options =>
            {
                // Length over composition rules (NIST SP 800-63B): passphrases are welcome.
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireDigit = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                // Refuses "           x" and "aaaaaaaaaaab"; common passwords are refused by CommonPasswordValidator.
                options.Password.RequiredUniqueChars = 6;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<TrackerDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddPasswordValidator<CommonPasswordValidator>();
        services.AddScoped<StaffSignIn>();
        services.AddSingleton<DecoyPasswordHash>();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "mt_auth";
            // Signed in once for both languages (the default is the path base, /uk on a Ukrainian page).
            options.Cookie.Path = "/";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = secure;
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/denied";
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            // API clients get status codes, not redirects to an HTML login form.
            options.Events.OnRedirectToLogin = context => StatusOrRedirect(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => StatusOrRedirect(context, StatusCodes.Status403Forbidden);
        });

        // Pages know the caller by the cookie alone; a bearer token counts only under /api (where
        // reads with a staff token include drafts). A stolen token so never opens a staff page, and
        // cannot mint a fresh token or change roles there.
        services.AddAuthentication(options => options.DefaultAuthenticateScheme = CookieOrTokenOnApi)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null)
            .AddPolicyScheme(CookieOrTokenOnApi, "Cookie, or an API token under /api", options =>
                options.ForwardDefaultSelector = context =>
                    HttpExtensions.IsApi(context) && ApiTokenAuthenticationHandler.HasBearer(context.Request)
                        ? ApiTokenAuthenticationHandler.SchemeName
                        : IdentityConstants.ApplicationScheme);

        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.CanEdit, policy => policy.RequireRole(Roles.Editor, Roles.Reviewer))
            .AddPolicy(Roles.CanReview, policy => policy.RequireRole(Roles.Reviewer))
            .AddPolicy(Roles.CanAdminister, policy => policy.RequireRole(Roles.Admin))
            .AddPolicy(Roles.IsStaff, policy => policy.RequireRole(Roles.Editor, Roles.Reviewer, Roles.Admin));
        return services;
    }

    /// <summary>The API's write authorization: a bearer token whose account holds <paramref name="policy"/>.</summary>
    public static TBuilder RequireApiToken<TBuilder>(this TBuilder builder, string policy)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(new AuthorizeAttribute(policy) { AuthenticationSchemes = ApiTokenAuthenticationHandler.SchemeName });

    /// <summary>
    /// Every API write (any method but GET, HEAD and OPTIONS under <c>/api</c>) authenticates its
    /// token first and gets 401 without a valid one, before routing's 415 for a wrong content type
    /// or 405 for a wrong method could answer an anonymous, revoked or cookie-only caller.
    /// Goes after <c>UseAuthentication</c>; each endpoint's own policy still decides the rest.
    /// </summary>
    public static IApplicationBuilder UseApiTokenFirstOnWrites(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var method = context.Request.Method;
            var write = !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method));
            if (write && HttpExtensions.IsApi(context) && !(await context.AuthenticateAsync(ApiTokenAuthenticationHandler.SchemeName)).Succeeded)
            {
                await context.ChallengeAsync(ApiTokenAuthenticationHandler.SchemeName);
                return;
            }

            await next(context);
        });

    /// <summary>Creates the staff roles that do not exist yet.</summary>
    public static async Task EnsureRolesAsync(this IServiceProvider services)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    private static Task StatusOrRedirect(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (HttpExtensions.IsApi(context.HttpContext))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
