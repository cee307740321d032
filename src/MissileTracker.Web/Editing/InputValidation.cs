using System.ComponentModel.DataAnnotations;

namespace MissileTracker.Web.Editing;

/// <summary>
/// Runs an input's DataAnnotations and IValidatableObject rules and the text-character rule (<see cref="TextCharacters"/>),
/// keying errors by camelCase field name.
/// </summary>
public static class InputValidation
{
    public static Dictionary<string, string[]> Validate(object input, IServiceProvider services)
    {
        var results = new List<ValidationResult>();
        var context = new ValidationContext(input, services, null);
        var propertiesValid = Validator.TryValidateObject(input, context, results, validateAllProperties: true);
        // The validator skips cross-field rules once a property fails; run them anyway so every problem is reported at once.
        if (!propertiesValid && input is IValidatableObject validatable)
        {
            results.AddRange(validatable.Validate(context));
        }

        var errors = results
            .SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : [""]).Select(m => (Field: FieldName(m), Message: r.ErrorMessage ?? Localization.Text.Of("Invalid value."))))
            .GroupBy(x => x.Field)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Message).Distinct().ToArray());
        // Every text field of every input, nested ones included, without an attribute per field to forget.
        TextCharacters.Check(input, errors);
        return errors;
    }

    /// <summary>"Strikes[0].MissilesIntercepted" becomes "strikes[0].missilesIntercepted", as in the JSON.</summary>
    public static string FieldName(string member) =>
        string.Join('.', member.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));

    public static void Add(this Dictionary<string, string[]> errors, string field, string message) =>
        errors[field] = errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];
}
