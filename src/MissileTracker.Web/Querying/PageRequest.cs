namespace MissileTracker.Web.Querying;

/// <summary>A 1-based page number and a bounded page size.</summary>
public sealed record PageRequest(int Page, int PageSize)
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;

    public static PageRequest First { get; } = new(1, DefaultPageSize);

    public int Skip => (Page - 1) * PageSize;
}
