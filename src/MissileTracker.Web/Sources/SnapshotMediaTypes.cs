using System.Text;

namespace MissileTracker.Web.Sources;

/// <summary>
/// The kinds of file a snapshot may be, recognised by their content (magic bytes, or text that decodes as UTF-8),
/// never by a file name or a declared type, which the sender chooses.
/// </summary>
public static class SnapshotMediaTypes
{
    public const string Html = "text/html";
    public const string Pdf = "application/pdf";
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";
    public const string Text = "text/plain";

    public static IReadOnlyList<string> All { get; } = [Html, Pdf, Png, Jpeg, Text];

    /// <summary>The file name extension a download is given, so the reader's system opens it with the right program.</summary>
    public static string Extension(string mediaType) => mediaType switch
    {
        Html => ".html",
        Pdf => ".pdf",
        Png => ".png",
        Jpeg => ".jpg",
        _ => ".txt",
    };

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly string[] HtmlStarts = ["<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<!--"];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The media type <paramref name="content"/> is, or null when it is none of the accepted kinds.</summary>
    public static string? Detect(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(PdfMagic))
        {
            return Pdf;
        }

        if (content.StartsWith(PngMagic))
        {
            return Png;
        }

        if (content.StartsWith(JpegMagic))
        {
            return Jpeg;
        }

        if (content.IsEmpty || !IsText(content, out var text))
        {
            return null;
        }

        var start = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return HtmlStarts.Any(s => start.StartsWith(s, StringComparison.OrdinalIgnoreCase)) ? Html : Text;
    }

    /// <summary>
    /// Whether a sender's declared type (from the upload's Content-Type) agrees with the content: a generic type says
    /// nothing; an accepted type must match, except that HTML declared as plain text is still HTML (and served as a download).
    /// </summary>
    public static bool Agrees(string? declared, string detected)
    {
        var type = declared?.Split(';')[0].Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(type) || type == "application/octet-stream" || !All.Contains(type) && type != "image/jpg")
        {
            return true;
        }

        return (type == "image/jpg" ? Jpeg : type) == detected || (type == Text && detected == Html);
    }

    // Text: valid UTF-8 without control characters other than tab, line feed, carriage return and form feed.
    private static bool IsText(ReadOnlySpan<byte> content, out string text)
    {
        try
        {
            text = StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }

        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f'))
            {
                return false;
            }
        }

        return true;
    }
}
