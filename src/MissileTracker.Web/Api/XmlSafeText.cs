using System.Text;
using System.Xml;

namespace MissileTracker.Web.Api;

/// <summary>
/// Text made writable as XML 1.0. Inputs refuse control characters, but records stored before that
/// rule, written straight to the database or arriving in a query string may still hold one, and
/// <see cref="XmlWriter"/> throws on it mid-stream, cutting a feed off after its headers were sent.
/// Every string an XML writer writes goes through <see cref="Clean"/>.
/// </summary>
public static class XmlSafeText
{
    /// <summary>What XML cannot carry (C0 controls other than tab and line breaks, unpaired surrogates, U+FFFE/U+FFFF) becomes U+FFFD.</summary>
    public static string Clean(string text)
    {
        var first = FirstInvalid(text);
        if (first < 0)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                clean.Append(text[i]).Append(text[i + 1]);
                i++;
            }
            else
            {
                clean.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : '\uFFFD');
            }
        }

        return clean.ToString();
    }

    private static int FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                continue;
            }

            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }
}
