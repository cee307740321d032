using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MissileTracker.Web.Publishing;

internal static class PublishingConfiguration
{
    /// <summary>Status, tombstone and concurrency columns shared by every reviewed record.</summary>
    public static void ConfigurePublishing<T>(this EntityTypeBuilder<T> builder)
        where T : class, IPublishable, IVersioned
    {
        builder.Property(nameof(IVersioned.Version)).IsConcurrencyToken();
        builder.HasIndex(nameof(IPublishable.Status), nameof(IPublishable.DeletedAt));
        builder.HasIndex(nameof(IPublishable.DeletedAt));
    }
}
