using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using MissileTracker.Web.Localization;

namespace MissileTracker.Web.Editing;

/// <summary>
/// The characters a stored text may hold. Control characters (U+0000–U+001F) are never typed on
/// purpose, cannot be written to XML at all (one of them stopped the Atom feed mid-stream) and
/// corrupt CSV cells and log lines, so every text field of every input refuses them: single-line
/// fields (names, places, titles, links) all of them, multi-line fields — those marked
/// <c>[DataType(DataType.MultilineText)]</c>: summaries, quotes, notes, reasons — all but tab and
/// line breaks. Unpaired surrogates and U+FFFE/U+FFFF are not text either and are refused everywhere.
/// </summary>
public static class TextCharacters
{
    private static readonly ConcurrentDictionary<Type, TextProperty[]> Properties = new();

    private sealed record TextProperty(PropertyInfo Property, bool MultiLine);

    /// <summary>Why <paramref name="text"/> cannot be stored, or null when it can.</summary>
    public static string? Problem(string? text, bool multiLine)
    {
        if (text is null)
        {
            return null;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            var allowed = c >= ' ' ? !char.IsSurrogate(c) && c != '\uFFFE' && c != '\uFFFF' : multiLine && c is '\t' or '\n' or '\r';
            if (!allowed)
            {
                var code = ((int)c).ToString("X4", CultureInfo.InvariantCulture);
                return c < ' '
                    ? multiLine
                        ? Text.Format("Remove the control character U+{0} (character {1}); only tabs and line breaks are allowed here.", code, i + 1)
                        : Text.Format("Remove the control character U+{0} (character {1}); this field must be one line of plain text.", code, i + 1)
                    : Text.Format("Remove the character U+{0} (character {1}); it is not text.", code, i + 1);
            }
        }

        return null;
    }

    /// <summary>
    /// Checks every text property of <paramref name="input"/>, and of the inputs nested in it (e.g. a
    /// statement's figures per strike), adding an error keyed by the field's JSON name for each one that fails.
    /// </summary>
    public static void Check(object input, Dictionary<string, string[]> errors) => Check(input, "", errors);

    private static void Check(object input, string path, Dictionary<string, string[]> errors)
    {
        foreach (var (property, multiLine) in Properties.GetOrAdd(input.GetType(), TextPropertiesOf))
        {
            var member = path + property.Name;
            switch (property.GetValue(input))
            {
                case string text when Problem(text, multiLine) is { } problem:
                    errors.Add(InputValidation.FieldName(member), problem);
                    break;
                case string:
                    break;
                case IEnumerable items:
                    var index = 0;
                    foreach (var item in items)
                    {
                        if (item is string text && Problem(text, multiLine: false) is { } problem)
                        {
                            errors.Add(InputValidation.FieldName($"{member}[{index}]"), problem);
                        }
                        else if (item is not null and not string && IsInput(item.GetType()))
                        {
                            Check(item, $"{member}[{index}].", errors);
                        }

                        index++;
                    }

                    break;
                case { } nested when IsInput(nested.GetType()):
                    Check(nested, member + ".", errors);
                    break;
            }
        }
    }

    private static TextProperty[] TextPropertiesOf(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0
                && (p.PropertyType == typeof(string) || typeof(IEnumerable).IsAssignableFrom(p.PropertyType) || IsInput(p.PropertyType)))
            .Select(p => new TextProperty(p, p.GetCustomAttribute<DataTypeAttribute>()?.DataType == DataType.MultilineText))
            .ToArray();

    // Inputs are this app's own classes; framework types (e.g. a Uri) are not walked.
    private static bool IsInput(Type type) => type.IsClass && type.Assembly == typeof(TextCharacters).Assembly;
}
