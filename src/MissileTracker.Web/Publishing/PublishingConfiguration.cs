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
        // Drafts only, for the review desk. An index over every row's Status (nearly all 'Published')
        // tempted SQLite into reading all published rows and sorting them for a 20-row page.
        builder.HasIndex(nameof(IPublishable.Status)).HasFilter("\"Status\" = 'Draft'");
        builder.HasIndex(nameof(IPublishable.DeletedAt));
    }
}
