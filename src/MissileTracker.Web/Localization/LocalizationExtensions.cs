using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace MissileTracker.Web.Localization;

public static class LocalizationExtensions
{
    /// <summary>
    /// String localization over the one shared resource, for views (<c>L</c> in <c>_ViewImports</c>), DataAnnotations
    /// (display names and error messages) and model binding's messages.
    /// </summary>
    public static IServiceCollection AddTrackerLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Languages.English);
            options.SupportedCultures = Languages.Cultures;
            options.SupportedUICultures = Languages.Cultures;
            options.RequestCultureProviders = [new PathCultureProvider()];
        });
        services.AddTransient<IConfigureOptions<MvcOptions>, ModelBindingMessages>();
        return services;
    }

    /// <summary>
    /// <c>/uk/…</c> as the Ukrainian pages, then the culture of each request. First in the pipeline, so the error
    /// pages re-executed further in are in the request's language too.
    /// </summary>
    public static IApplicationBuilder UseTrackerLocalization(this IApplicationBuilder app) =>
        app.UseLanguagePaths().UseRequestLocalization();

    /// <summary>Razor Pages' DataAnnotations text read from the shared resource.</summary>
    public static IMvcBuilder AddTrackerDataAnnotationsLocalization(this IMvcBuilder mvc)
    {
        mvc.Services.Configure<MvcOptions>(options => options.ModelMetadataDetailsProviders.Add(new DefaultValidationMessages()));
        return mvc.AddDataAnnotationsLocalization(options =>
            options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
    }
}
