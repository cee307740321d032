namespace MissileTracker.Web.Querying;

/// <summary>One page of a list and the size of the whole list.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, PageRequest Request, int Total)
{
    /// <summary>Where the next page starts, for lists that support keyset paging; null on the last page.</summary>
    public Cursor? NextCursor { get; init; }

    public int PageCount => Total == 0 ? 1 : (int)Math.Ceiling(Total / (double)Request.PageSize);
    public bool HasPrevious => !Request.ByCursor && Request.Page > 1;
    public bool HasNext => Request.ByCursor ? NextCursor is not null : Request.Page < PageCount;

    public Page<TOut> Map<TOut>(Func<T, TOut> map) => new(Items.Select(map).ToList(), Request, Total) { NextCursor = NextCursor };
}
