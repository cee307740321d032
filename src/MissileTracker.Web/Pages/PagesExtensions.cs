using Microsoft.AspNetCore.Mvc.RazorPages;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Http;
using MissileTracker.Web.Localization;
using MissileTracker.Web.Sources;

namespace MissileTracker.Web.Pages;

public static class PagesExtensions
{
    // The folders whose pages sign in, sign out, or need a signed-in staff member.
    private static readonly string[] CookieFolders = ["/Account", "/Editor", "/Admin"];

    /// <summary>
    /// Razor Pages, with each staff folder locked to its role, 405 for a method no page handler
    /// takes, and the sign-in and staff folders (the pages that set or read cookies) HTTPS-only
    /// where cookies must be Secure.
    /// </summary>
    public static IServiceCollection AddTrackerPages(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Editor", Roles.CanEdit);
            options.Conventions.AuthorizeFolder("/Editor/Review", Roles.CanReview);
            options.Conventions.AuthorizeFolder("/Admin", Roles.CanAdminister);
            options.Conventions.AuthorizePage("/Account/Tokens", Roles.IsStaff);
            options.Conventions.ConfigureFilter(new MethodNotAllowedFilter());
            foreach (var folder in CookieFolders)
            {
                options.Conventions.AddFolderApplicationModelConvention(folder, page => page.Filters.Add(new HttpsRequiredFilter()));
            }
        }).AddTrackerDataAnnotationsLocalization();
        // The report workspace takes snapshot uploads, larger than other forms: its own body limit, read from configuration.
        services.AddOptions<RazorPagesOptions>().Configure<IConfiguration>((options, configuration) =>
            options.Conventions.AddPageApplicationModelConvention("/Editor/Reports/Edit", page =>
                page.EndpointMetadata.Add(new RequestSizeLimit.EndpointBodyLimit(SourcesApi.UploadBodyLimit(configuration), SourcesApi.UploadLimitSetting))));
        return services;
    }
}
