using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MissileTracker.Web.Querying;

/// <summary>
/// A keyset position: the sort it belongs to, the sort key of the last row seen and that
/// row's id (the tie-breaker). Opaque to clients: sent as base64url JSON in <c>cursor=</c>.
/// </summary>
public sealed record Cursor(
    [property: JsonPropertyName("s")] string Sort,
    [property: JsonPropertyName("k")] string Key,
    [property: JsonPropertyName("i")] int Id)
{
    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(this));

    /// <summary>The cursor in <paramref name="text"/>, or null when it is not one this app wrote.</summary>
    public static Cursor? TryDecode(string text)
    {
        if (text.Length > 512 || !Base64Url.IsValid(text))
        {
            return null;
        }

        try
        {
            var cursor = JsonSerializer.Deserialize<Cursor>(Base64Url.DecodeFromChars(text));
            return cursor is { Sort: not null, Key: not null } ? cursor : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
