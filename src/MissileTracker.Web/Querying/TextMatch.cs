using Microsoft.EntityFrameworkCore;

namespace MissileTracker.Web.Querying;

/// <summary>
/// How a free-text filter compares text. SQLite's LIKE ignores case (ASCII); PostgreSQL's LIKE
/// does not, and ILIKE is its case-insensitive equivalent, so the filters pick by provider.
/// </summary>
public enum TextMatch
{
    Like,
    ILike,
}

public static class TextMatchFor
{
    public static TextMatch Database(DbContext db) => db.Database.IsNpgsql() ? TextMatch.ILike : TextMatch.Like;
}
