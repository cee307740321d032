namespace MissileTracker.Web.Editing;

public static class InputText
{
    /// <summary>Trimmed text, or null for blank input: "not given" is stored as null, never as "".</summary>
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
