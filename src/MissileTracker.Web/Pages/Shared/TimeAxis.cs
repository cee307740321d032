using System.Globalization;
using MissileTracker.Web.Localization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.Pages.Shared;

/// <summary>
/// The timeline's time axis: the matching strikes counted per month, per week or per day depending on
/// the span shown. Zooming is a link that narrows the <c>from</c>/<c>to</c> filters, so the axis and
/// the list below it always show the same strikes and every zoom level has a shareable URL.
/// </summary>
/// <param name="Scale">"month", "week" or "day".</param>
/// <param name="Buckets">The periods shown, oldest first.</param>
/// <param name="ZoomOut">Wider views.</param>
/// <param name="Marked">Whether each strike is drawn as a mark (only when few enough to tell apart).</param>
public sealed record TimeAxis(string Scale, IReadOnlyList<TimeAxis.Bucket> Buckets, IReadOnlyList<TimeAxis.Zoom> ZoomOut, bool Marked)
{
    /// <summary>The full-scale invasion began on 24 February 2022: the "whole war" view starts there.</summary>
    public static readonly DateOnly WarStart = new(2022, 2, 24);

    // The British day-month order on English pages, as before; the culture's own on Ukrainian ones.
    private static CultureInfo Culture => Languages.Current == Languages.English ? CultureInfo.GetCultureInfo("en-GB") : CultureInfo.CurrentCulture;

    /// <param name="Label">Readable name, e.g. "Jan 2024", "week of 1 Jan 2024", "6 Jan".</param>
    /// <param name="Count">Matching strikes in the bucket.</param>
    /// <param name="Level">Bar height class, 0 (none) to 10 (the busiest bucket).</param>
    /// <param name="ZoomUrl">The same filters narrowed to this bucket; null at day scale.</param>
    /// <param name="Strikes">The strikes in the bucket, as marks.</param>
    public sealed record Bucket(string Label, int Count, int Level, string? ZoomUrl, IReadOnlyList<Mark> Strikes);

    public sealed record Mark(int Id, string Label, string Status);

    public sealed record Zoom(string Label, string Url);

    public sealed record Point(int Id, DateOnly Date, string Label, string Status);

    /// <param name="request">The current request, whose query string the zoom links keep.</param>
    /// <param name="from">The filter's first date.</param>
    /// <param name="to">The filter's last date.</param>
    /// <param name="days">How many matching strikes fall on each date.</param>
    /// <param name="marks">The matching strikes to draw one by one, or null when there are too many to draw.</param>
    /// <param name="today">Where the "whole war" view ends.</param>
    public static TimeAxis Build(HttpRequest request, DateOnly? from, DateOnly? to, IReadOnlyList<DateCount> days, IReadOnlyList<Point>? marks, DateOnly today)
    {
        var zoomOut = new List<Zoom>();
        if (from is not null || to is not null)
        {
            zoomOut.Add(new Zoom(Text.Of("All dates"), UrlWith(request, null, null)));
        }

        zoomOut.Add(new Zoom(Text.Of("Whole war (since 24 Feb 2022)"), UrlWith(request, WarStart, today)));
        if (days.Count == 0 && from is null && to is null)
        {
            return new TimeAxis("month", [], zoomOut, marks is not null);
        }

        var start = from ?? days.Min(s => s.Date);
        var end = to ?? days.Max(s => s.Date);
        if (end < start)
        {
            end = start;
        }

        var span = end.DayNumber - start.DayNumber + 1;
        // Unzoomed (no dates in the filter), the axis shows months; a narrower window shows weeks, then days.
        var zoomed = from is not null || to is not null;
        var (scale, buckets) = !zoomed || span > 62 ? ("month", Months(start, end)) : span > 8 ? ("week", Weeks(start, end)) : ("day", Days(start, end));
        if (scale != "month")
        {
            var month = new DateOnly(start.Year, start.Month, 1);
            zoomOut.Insert(0, new Zoom(Labels.Month(month), UrlWith(request, month, month.AddMonths(1).AddDays(-1))));
        }

        var counts = buckets.Select(b => days.Where(d => d.Date >= b.From && d.Date <= b.To).Sum(d => d.Count)).ToList();
        var max = counts.DefaultIfEmpty(0).Max();
        var list = buckets.Select((b, i) =>
        {
            var level = counts[i] == 0 || max == 0 ? 0 : (int)Math.Ceiling(10.0 * counts[i] / max);
            var inside = marks is null
                ? []
                : marks.Where(s => s.Date >= b.From && s.Date <= b.To).OrderBy(s => s.Date).ThenBy(s => s.Id).Select(s => new Mark(s.Id, s.Label, s.Status)).ToList();
            return new Bucket(b.Label, counts[i], level, scale == "day" ? null : UrlWith(request, b.From, b.To), inside);
        }).ToList();
        return new TimeAxis(scale, list, zoomOut, marks is not null);
    }

    private sealed record Range(DateOnly From, DateOnly To, string Label);

    private static List<Range> Months(DateOnly start, DateOnly end)
    {
        var list = new List<Range>();
        for (var m = new DateOnly(start.Year, start.Month, 1); m <= end; m = m.AddMonths(1))
        {
            list.Add(new Range(m, m.AddMonths(1).AddDays(-1), m.ToString("MMM yyyy", Culture)));
        }

        return list;
    }

    private static List<Range> Weeks(DateOnly start, DateOnly end)
    {
        var list = new List<Range>();
        // Weeks start on Monday (ISO 8601).
        var monday = start.AddDays(-(((int)start.DayOfWeek + 6) % 7));
        for (var w = monday; w <= end; w = w.AddDays(7))
        {
            list.Add(new Range(w, w.AddDays(6), Text.Format("week of {0}", w.ToString("d MMM yyyy", Culture))));
        }

        return list;
    }

    private static List<Range> Days(DateOnly start, DateOnly end)
    {
        var list = new List<Range>();
        for (var d = start; d <= end; d = d.AddDays(1))
        {
            list.Add(new Range(d, d, d.ToString("ddd d MMM", Culture)));
        }

        return list;
    }

    /// <summary>The current query string with from/to replaced and paging dropped.</summary>
    public static string UrlWith(HttpRequest request, DateOnly? from, DateOnly? to)
    {
        var query = request.Query
            .Where(kv => kv.Key is not ("from" or "to" or "page" or "cursor"))
            .ToDictionary(kv => kv.Key, kv => kv.Value);
        if (from is { } f)
        {
            query["from"] = new StringValues(f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (to is { } t)
        {
            query["to"] = new StringValues(t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return QueryHelpers.AddQueryString(request.PathBase + "/", query.SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string?>(kv.Key, v))));
    }
}
