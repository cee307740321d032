namespace MissileTracker.Web.Querying;

/// <summary>
/// A 1-based page number and a bounded page size; or, for keyset paging, the position after
/// which the page starts (<see cref="After"/>), in which case the page number is not used.
/// </summary>
public sealed record PageRequest(int Page, int PageSize)
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;

    /// <summary>The highest page number: one whose offset still fits in an <see cref="int"/>.</summary>
    public const int MaxPage = int.MaxValue / MaxPageSize;

    public static PageRequest First { get; } = new(1, DefaultPageSize);

    /// <summary>Keyset position: the page holds the rows that sort after it.</summary>
    public Cursor? After { get; init; }

    public bool ByCursor => After is not null;

    public int Skip => ByCursor ? 0 : (Page - 1) * PageSize;
}
