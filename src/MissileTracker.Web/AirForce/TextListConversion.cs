using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MissileTracker.Web.AirForce;

/// <summary>
/// Stores a list of short texts as one JSON array column, the same text on SQLite and PostgreSQL, so copy-to-postgres
/// and both migrations treat it as plain text (provider-specific primitive collections, JSON on one and arrays on the
/// other, would not copy as is). Compared by items, so an unchanged list leaves its row unmodified.
/// </summary>
internal static class TextListConversion
{
    private static readonly ValueComparer<List<string>> ByItems = new(
        (a, b) => a!.SequenceEqual(b!),
        list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item.GetHashCode(StringComparison.Ordinal))),
        list => list.ToList());

    public static PropertyBuilder<List<string>> AsJsonText(this PropertyBuilder<List<string>> property, int maxLength) =>
        property.HasConversion(
                list => JsonSerializer.Serialize(list, (JsonSerializerOptions?)null),
                text => JsonSerializer.Deserialize<List<string>>(text, (JsonSerializerOptions?)null) ?? new List<string>(),
                ByItems)
            .HasMaxLength(maxLength);
}
