namespace MissileTracker.Web.Localization;

/// <summary>
/// Serves <c>/uk/…</c> as the same pages in Ukrainian. The prefix moves from the path to the path base, as
/// <c>UsePathBase</c> does, so routing sees the page's usual path and every link, redirect and form action the
/// app generates (<c>asp-page</c>, <c>Url.Page</c>, <c>RedirectToPage</c>, the sign-in redirect) stays in
/// <c>/uk/</c> without any page knowing about languages. The API, Swagger UI and health checks are
/// language-neutral and not served under <c>/uk</c>.
/// </summary>
public static class LanguagePaths
{
    /// <summary>Remembers that this browser has been here: only a first visit to <c>/</c> is sent to its Accept-Language.</summary>
    public const string CookieName = "mt_lang";

    private const string RootPathBaseKey = "MissileTracker.RootPathBase";

    private static readonly string[] NeutralPrefixes = ["/api", "/swagger", "/health"];

    public static IApplicationBuilder UseLanguagePaths(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            var root = request.PathBase;
            context.Items[RootPathBaseKey] = root;
            if (request.Path.StartsWithSegments(Languages.UkrainianPrefix, out var rest) && !IsNeutral(rest))
            {
                request.PathBase = root.Add(Languages.UkrainianPrefix);
                request.Path = rest.HasValue ? rest : "/";
                try
                {
                    Remember(context, Languages.Ukrainian);
                    await next(context);
                }
                finally
                {
                    request.PathBase = root;
                    request.Path = Languages.UkrainianPrefix.Add(rest);
                }
                return;
            }

            if (IsFirstVisitToRoot(context) && PrefersUkrainian(request))
            {
                Remember(context, Languages.Ukrainian);
                context.Response.Redirect(root.Add(Languages.UkrainianPrefix).Add("/").Value + request.QueryString);
                return;
            }

            if (!IsNeutral(request.Path))
            {
                Remember(context, Languages.English);
            }
            await next(context);
        });

    /// <summary>The path base the app was given, before a language prefix was moved into it.</summary>
    public static PathString RootPathBase(HttpContext context) =>
        context.Items.TryGetValue(RootPathBaseKey, out var value) && value is PathString root ? root : context.Request.PathBase;

    /// <summary>Whether this request came in under <c>/uk</c>.</summary>
    public static bool IsUkrainian(HttpContext context) =>
        context.Request.PathBase.Value?.EndsWith(Languages.UkrainianPrefix.Value!, StringComparison.Ordinal) == true
        && context.Request.PathBase != RootPathBase(context);

    private static bool IsNeutral(PathString path) => NeutralPrefixes.Any(prefix => path.StartsWithSegments(prefix));

    private static bool IsFirstVisitToRoot(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method) && context.Request.Path == "/" && !context.Request.Cookies.ContainsKey(CookieName);

    /// <summary>Ukrainian ranks above English (or English is absent) in the browser's Accept-Language.</summary>
    internal static bool PrefersUkrainian(HttpRequest request)
    {
        var ranked = request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is null or > 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value?.Split('-')[0].ToLowerInvariant())
            .FirstOrDefault(l => l is Languages.Ukrainian or Languages.English);
        return ranked == Languages.Ukrainian;
    }

    // Set once, on the first page a browser gets; later visits to / are left in the language their URL says.
    private static void Remember(HttpContext context, string language)
    {
        if (!context.Request.Cookies.ContainsKey(CookieName))
        {
            context.Response.Cookies.Append(CookieName, language, new CookieOptions
            {
                Path = RootPathBase(context).HasValue ? RootPathBase(context).Value : "/",
                MaxAge = TimeSpan.FromDays(365),
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
                IsEssential = true,
            });
        }
    }
}
