using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace MissileTracker.Web.Localization;

/// <summary>
/// Gives the validation attributes that carry no message of their own .NET's English default as their message, so
/// Razor Pages' DataAnnotations localization (which translates only an attribute's <c>ErrorMessage</c>) finds it in the
/// shared resource. The text is .NET's own, so English messages, and the API's, read as before.
/// </summary>
internal sealed class DefaultValidationMessages : IValidationMetadataProvider
{
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>())
        {
            if (attribute.ErrorMessage is not null || attribute.ErrorMessageResourceName is not null)
            {
                continue;
            }
            attribute.ErrorMessage = attribute switch
            {
                RequiredAttribute => "The {0} field is required.",
                StringLengthAttribute { MinimumLength: 0 } => "The field {0} must be a string with a maximum length of {1}.",
                StringLengthAttribute => "The field {0} must be a string with a minimum length of {2} and a maximum length of {1}.",
                MaxLengthAttribute => "The field {0} must be a string or array type with a maximum length of '{1}'.",
                RangeAttribute => "The field {0} must be between {1} and {2}.",
                EmailAddressAttribute => "The {0} field is not a valid e-mail address.",
                UrlAttribute => "The {0} field is not a valid fully-qualified http, https, or ftp URL.",
                _ => null,
            };
        }
    }
}
