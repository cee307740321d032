using System.Globalization;
using System.Text;

namespace MissileTracker.Web.Officials;

/// <summary>Normalised person names for near-duplicate warnings ("Jung Pak" ~ "Pak, Jung" ~ "Jung Park").</summary>
public static class NameKey
{
    /// <summary>Lower-case letters only, accents removed, words sorted.</summary>
    public static string Of(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var letters = new StringBuilder();
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            letters.Append(char.IsLetter(c) ? char.ToLowerInvariant(c) : ' ');
        }

        // Initials ("H.") carry too little to compare on.
        var words = letters.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 1).Order(StringComparer.Ordinal);
        return string.Join(' ', words);
    }

    public static bool AreSimilar(string a, string b) =>
        a.Length > 0 && b.Length > 0 && Distance(a, b) <= Math.Min(2, Math.Min(a.Length, b.Length) / 4);

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
