using Microsoft.AspNetCore.Localization;

namespace MissileTracker.Web.Localization;

/// <summary>
/// The language is the URL's: Ukrainian under <c>/uk</c> (which <see cref="LanguagePaths"/> has moved into the path
/// base), English everywhere else. Cookies and Accept-Language never change what a URL shows, so every page has one
/// address per language that links, search engines and caches can rely on.
/// </summary>
public sealed class PathCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
        Task.FromResult<ProviderCultureResult?>(new(LanguagePaths.IsUkrainian(httpContext) ? Languages.Ukrainian : Languages.English));
}
