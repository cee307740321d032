using System.Globalization;
using System.Text;

namespace MissileTracker.Web.Places;

/// <summary>How place names are compared: ignoring case, accents, apostrophes and hyphens.</summary>
public static class PlaceNames
{
    /// <summary>
    /// The form a name is matched by, so "Kryvyi Rih", "kryvyi-rih" and "Kryvyy Rih" differ only where
    /// the spelling differs, and "Khar'kov" matches "Kharkov". Apostrophes (', ’, ʼ) are dropped,
    /// hyphens become spaces, runs of spaces collapse, and Latin accents are removed (Cyrillic
    /// letters such as й and ї keep their marks: they are different letters).
    /// </summary>
    public static string Fold(string name)
    {
        var decomposed = name.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var space = false;
        for (var i = 0; i < decomposed.Length; i++)
        {
            var c = decomposed[i];
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark && i > 0 && decomposed[i - 1] < 'ͯ')
            {
                continue;
            }

            if (c is '\'' or '’' or 'ʼ' or '`')
            {
                continue;
            }

            if (c is '-' or ' ' or '\u00a0')
            {
                space = folded.Length > 0;
                continue;
            }

            if (space)
            {
                folded.Append(' ');
                space = false;
            }

            folded.Append(c);
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}
