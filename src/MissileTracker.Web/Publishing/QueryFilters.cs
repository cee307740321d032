using Microsoft.EntityFrameworkCore;

namespace MissileTracker.Web.Publishing;

/// <summary>
/// The named query filters of every reviewed record (strikes, reports, statements and their links).
/// The public sees published, undeleted records; staff lift only <see cref="Published"/>, so a
/// deleted record stays hidden from editors without anyone re-adding <c>DeletedAt == null</c> by hand.
/// Only the trash and restore paths lift both, with <c>IgnoreQueryFilters()</c>.
/// </summary>
public static class QueryFilters
{
    /// <summary>Drafts and unpublished records are hidden (a link: both ends published).</summary>
    public const string Published = nameof(Published);

    /// <summary>Deleted records are hidden (a link: neither end deleted).</summary>
    public const string NotDeleted = nameof(NotDeleted);

    /// <summary>What staff see: drafts and unpublished records too, never deleted ones.</summary>
    public static IQueryable<T> StaffView<T>(this IQueryable<T> source)
        where T : class =>
        source.IgnoreQueryFilters([Published]);

    /// <summary>The staff view for staff, the public view for everyone else.</summary>
    public static IQueryable<T> VisibleTo<T>(this IQueryable<T> source, bool staff)
        where T : class =>
        staff ? source.StaffView() : source;
}
