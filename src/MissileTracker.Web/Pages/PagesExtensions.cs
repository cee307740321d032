using MissileTracker.Web.Accounts;

namespace MissileTracker.Web.Pages;

public static class PagesExtensions
{
    /// <summary>Razor Pages, with each staff folder locked to its role.</summary>
    public static IServiceCollection AddTrackerPages(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Editor", Roles.CanEdit);
            options.Conventions.AuthorizeFolder("/Editor/Review", Roles.CanReview);
            options.Conventions.AuthorizeFolder("/Admin", Roles.CanAdminister);
            options.Conventions.AuthorizePage("/Account/Tokens", Roles.IsStaff);
        });
        return services;
    }
}
