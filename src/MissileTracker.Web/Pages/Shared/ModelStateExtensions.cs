using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace MissileTracker.Web.Pages.Shared;

public static class ModelStateExtensions
{
    /// <summary>
    /// Puts the editing services' errors (keyed by the API's camelCase field names, e.g.
    /// <c>strikes[0].killed</c>) next to the form fields (<c>Input.Strikes[0].Killed</c>).
    /// </summary>
    public static void AddEditErrors(this ModelStateDictionary modelState, IDictionary<string, string[]> errors, string prefix = "Input")
    {
        foreach (var (field, messages) in errors)
        {
            var key = FormKey(field, prefix);
            var shown = modelState.TryGetValue(key, out var entry) ? entry.Errors.Select(e => e.ErrorMessage).ToHashSet() : [];
            foreach (var message in messages.Where(shown.Add))
            {
                modelState.AddModelError(key, message);
            }
        }
    }

    /// <summary>
    /// MVC stops at the first failing property and skips cross-field rules; add them, so a
    /// form shows every problem at once. A field MVC has flagged already keeps MVC's message: the
    /// validator's copy of the same attribute error is .NET's English, where MVC's is in the page's language.
    /// </summary>
    public static void AddAllInputErrors(this ModelStateDictionary modelState, object input, IServiceProvider services, string prefix = "Input")
    {
        var errors = Editing.InputValidation.Validate(input, services);
        var flagged = errors.Keys.Where(field => modelState.TryGetValue(FormKey(field, prefix), out var entry) && entry.Errors.Count > 0).ToList();
        foreach (var field in flagged)
        {
            errors.Remove(field);
        }

        modelState.AddEditErrors(errors, prefix);
    }

    private static string FormKey(string field, string prefix) =>
        string.IsNullOrEmpty(field) ? string.Empty : prefix + "." + string.Join('.', field.Split('.').Select(Pascal));

    private static string Pascal(string part) => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..];
}
