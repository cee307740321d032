using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace MissileTracker.Web.Localization;

/// <summary>
/// Model binding's own messages ("The value 'x' is not valid for Date.") through the shared resource. The localizer
/// reads the culture when a message is made, so one set of accessors serves both languages.
/// </summary>
internal sealed class ModelBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var l = factory.Create(typeof(SharedResource));
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => l["The value '{0}' is not valid for {1}.", value, field]);
        messages.SetMissingBindRequiredValueAccessor(field => l["A value for the '{0}' parameter or property was not provided.", field]);
        messages.SetMissingKeyOrValueAccessor(() => l["A value is required."]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => l["A non-empty request body is required."]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => l["The value '{0}' is not valid.", value]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => l["The supplied value is invalid."]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => l["The field must be a number."]);
        messages.SetUnknownValueIsInvalidAccessor(field => l["The supplied value is invalid for {0}.", field]);
        messages.SetValueIsInvalidAccessor(value => l["The value '{0}' is invalid.", value]);
        messages.SetValueMustBeANumberAccessor(field => l["The field {0} must be a number.", field]);
        messages.SetValueMustNotBeNullAccessor(value => l["The value '{0}' is invalid.", value]);
    }
}
