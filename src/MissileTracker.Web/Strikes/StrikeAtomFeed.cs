using System.Globalization;
using System.Text;
using System.Xml;
using MissileTracker.Web.Api;
using MissileTracker.Web.Statements;

namespace MissileTracker.Web.Strikes;

/// <summary>
/// An Atom feed (RFC 4287) of the most recently recorded or changed strikes matching a filter,
/// newest change first: a researcher subscribes to "new KN-23 strikes in Kharkiv" with the list's
/// own query string. Entry ids are URNs, so they survive a change of host.
/// </summary>
public static class StrikeAtomFeed
{
    /// <summary>Entries per feed: enough for a reader polling daily, small enough to fetch often.</summary>
    public const int MaxEntries = 50;

    private const string Atom = "http://www.w3.org/2005/Atom";

    /// <summary>Where the feed is and what it links to.</summary>
    /// <param name="Self">The feed's own absolute URL (also its id).</param>
    /// <param name="BaseUrl">The site's absolute base URL, without a trailing slash.</param>
    /// <param name="Query">The filter's query string, without '?', for the title and the HTML link.</param>
    /// <param name="Updated">When the feed last changed, when no entry says so.</param>
    public sealed record Context(string Self, string BaseUrl, string Query, DateTime? Updated);

    public static async Task WriteAsync(IAsyncEnumerable<StrikeExportRow> rows, Context feed, Stream body, CancellationToken ct)
    {
        // Every text below is written through Element, Link or Category, which pass it through XmlSafeText.Clean.
        var settings = new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true };
        await using var xml = XmlWriter.Create(body, settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "feed", Atom);
        await Element(xml, "id", feed.Self);
        var title = "MissileTracker: strikes" + (feed.Query.Length == 0 ? "" : " where " + Uri.UnescapeDataString(feed.Query.Replace('+', ' ')));
        await Element(xml, "title", title);
        await Element(xml, "subtitle", "Strikes on Ukraine with North Korean-made missiles, most recently recorded or changed first.");
        await Link(xml, "self", "application/atom+xml", feed.Self);
        await Link(xml, "alternate", "text/html", feed.BaseUrl + "/" + (feed.Query.Length == 0 ? "" : "?" + feed.Query));
        await xml.WriteStartElementAsync(null, "author", Atom);
        await Element(xml, "name", "MissileTracker");
        await xml.WriteEndElementAsync();
        await Element(xml, "generator", "MissileTracker");

        var first = true;
        await foreach (var row in rows.WithCancellation(ct))
        {
            if (first)
            {
                // Entries come newest change first, so the first one dates the feed.
                await Element(xml, "updated", Timestamp(row.UpdatedAt));
                first = false;
            }

            await EntryAsync(xml, row, feed.BaseUrl);
        }

        if (first)
        {
            await Element(xml, "updated", Timestamp(feed.Updated ?? DateTime.UnixEpoch));
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    private static async Task EntryAsync(XmlWriter xml, StrikeExportRow row, string baseUrl)
    {
        await xml.WriteStartElementAsync(null, "entry", Atom);
        await Element(xml, "id", "urn:missiletracker:strike:" + row.Id.ToString(CultureInfo.InvariantCulture));
        await Element(xml, "title", $"{row.DateText}: {row.MissileTypeName}, {row.LocationText}");
        await Element(xml, "updated", Timestamp(row.UpdatedAt));
        // When the strike went public, not when its draft was entered (a draft may wait days for review); the event's own date is in the title and summary.
        await Element(xml, "published", Timestamp(row.PublishedAt ?? row.CreatedAt));
        await Link(xml, "alternate", "text/html", $"{baseUrl}/strikes/{row.Id}");
        await Link(xml, "alternate", "application/json", $"{baseUrl}/api/v1/strikes/{row.Id}");
        foreach (var url in row.SourceUrls)
        {
            await Link(xml, "related", "text/html", url);
        }

        await Category(xml, "urn:missiletracker:missile-type", row.MissileType, row.MissileTypeName);
        await Category(xml, "urn:missiletracker:origin-status", row.OriginStatus.ToString(), null);
        if (row.Oblast is { } oblast)
        {
            await Category(xml, "urn:missiletracker:oblast", oblast.ToString(), row.OblastName);
        }

        await Element(xml, "summary", SummaryOf(row));
        await xml.WriteEndElementAsync();
    }

    private static string SummaryOf(StrikeExportRow row)
    {
        var text = new StringBuilder(row.Summary);
        if (row.MissilesLaunchedFigure.IsGiven)
        {
            text.Append(CultureInfo.InvariantCulture, $" Missiles: {Figures.Format(row.MissilesLaunchedFigure)}.");
        }

        text.Append(CultureInfo.InvariantCulture, $" Killed: {Figures.Format(row.KilledFigure)}; injured: {Figures.Format(row.InjuredFigure)}.");
        if (row.OfficialsQuoted.Count > 0)
        {
            text.Append(" Officials quoted: ").Append(string.Join(", ", row.OfficialsQuoted)).Append('.');
        }

        // The event's date and the publication date side by side, so a reader never takes one for the other.
        text.Append(CultureInfo.InvariantCulture, $" Strike date: {row.DateText}.");
        if (row.PublishedAt is { } published)
        {
            text.Append(CultureInfo.InvariantCulture, $" Published in the tracker: {published:d MMM yyyy HH:mm} UTC.");
        }

        return text.ToString();
    }

    private static async Task Element(XmlWriter xml, string name, string value)
    {
        await xml.WriteStartElementAsync(null, name, Atom);
        await xml.WriteStringAsync(XmlSafeText.Clean(value));
        await xml.WriteEndElementAsync();
    }

    private static async Task Link(XmlWriter xml, string rel, string type, string href)
    {
        await xml.WriteStartElementAsync(null, "link", Atom);
        await xml.WriteAttributeStringAsync(null, "rel", null, rel);
        await xml.WriteAttributeStringAsync(null, "type", null, type);
        await xml.WriteAttributeStringAsync(null, "href", null, XmlSafeText.Clean(href));
        await xml.WriteEndElementAsync();
    }

    private static async Task Category(XmlWriter xml, string scheme, string term, string? label)
    {
        await xml.WriteStartElementAsync(null, "category", Atom);
        await xml.WriteAttributeStringAsync(null, "scheme", null, scheme);
        await xml.WriteAttributeStringAsync(null, "term", null, XmlSafeText.Clean(term));
        if (label is not null)
        {
            await xml.WriteAttributeStringAsync(null, "label", null, XmlSafeText.Clean(label));
        }

        await xml.WriteEndElementAsync();
    }

    private static string Timestamp(DateTime value) => XmlConvert.ToString(DateTime.SpecifyKind(value, DateTimeKind.Utc), XmlDateTimeSerializationMode.Utc);
}
