using Microsoft.EntityFrameworkCore;

namespace MissileTracker.Web.Publishing;

public static class VersioningExtensions
{
    /// <summary>
    /// Makes the next save an update of <paramref name="record"/> conditional on it still being at
    /// <paramref name="version"/>, even when only its links or figures change: the version always
    /// moves on, so a stale save fails instead of silently overwriting.
    /// </summary>
    public static void ExpectVersion<T>(this DbContext db, T record, int version)
        where T : class, IVersioned
    {
        var property = db.Entry(record).Property(r => r.Version);
        property.OriginalValue = version;
        property.CurrentValue = version + 1;
    }
}
