namespace MissileTracker.Web.Reports;

/// <summary>Which reports to list: by outlet, publication date, language and change time.</summary>
public sealed record ReportFilter
{
    public IReadOnlyList<string> Outlets { get; init; } = [];
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public IReadOnlyList<string> Languages { get; init; } = [];
    public DateTime? UpdatedSince { get; init; }

    // ToLower() is translated to SQL LOWER(); culture overloads and string.Equals(comparison) do not translate.
#pragma warning disable CA1304, CA1308, CA1311, CA1862
    public IQueryable<Report> Apply(IQueryable<Report> reports)
    {
        if (Outlets.Count > 0)
        {
            var outlets = Outlets.Select(o => o.ToLowerInvariant()).ToList();
            reports = reports.Where(r => outlets.Contains(r.Outlet.ToLower()));
        }

        if (From is { } from)
        {
            reports = reports.Where(r => r.PublishedOn >= from);
        }

        if (To is { } to)
        {
            reports = reports.Where(r => r.PublishedOn <= to);
        }

        if (Languages.Count > 0)
        {
            var languages = Languages.Select(l => l.ToLowerInvariant()).ToList();
            reports = reports.Where(r => languages.Contains(r.Language.ToLower()));
        }

        if (UpdatedSince is { } since)
        {
            reports = reports.Where(r => r.UpdatedAt >= since);
        }

        // By outlet, then newest first; undated reports after dated ones.
        return reports.OrderBy(r => r.Outlet).ThenBy(r => r.PublishedOn == null).ThenByDescending(r => r.PublishedOn).ThenBy(r => r.Id);
    }
#pragma warning restore CA1304, CA1308, CA1311, CA1862
}
