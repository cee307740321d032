using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using MissileTracker.Web.Officials;
using MissileTracker.Web.Reports;
using MissileTracker.Web.Statements;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.Data.Reference;

/// <summary>
/// The values of a record that the reference dataset ships, field by field, as text: the same function reads a stored
/// record and one with the shipped values applied, so equal hashes mean equal values. Links are by id (places by their
/// gazetteer key), publication state is included (an editor who unpublishes or deletes a shipped record has edited it),
/// and bookkeeping (times, versions) is not.
/// </summary>
public static class ReferenceSnapshot
{
    public static SortedDictionary<string, string?> Of(Official o) => new(StringComparer.Ordinal)
    {
        ["name"] = o.Name,
        ["otherNames"] = o.OtherNames,
        ["role"] = o.Role,
        ["organisation"] = o.Organisation,
        ["country"] = o.Country,
    };

    public static SortedDictionary<string, string?> Of(Report r) => new(StringComparer.Ordinal)
    {
        ["url"] = r.Url?.OriginalString,
        ["outlet"] = r.Outlet,
        ["title"] = r.Title,
        ["byline"] = r.Byline,
        ["publishedOn"] = Text(r.PublishedOn),
        ["language"] = r.Language,
        ["cites"] = r.Cites,
        ["status"] = r.Status.ToString(),
        ["deleted"] = Text(r.DeletedAt is not null),
    };

    public static SortedDictionary<string, string?> Of(Strike s) => new(StringComparer.Ordinal)
    {
        ["occurredOn"] = Text(s.OccurredOn),
        ["datePrecision"] = s.DatePrecision.ToString(),
        ["timeOfDay"] = Text(s.TimeOfDay),
        ["endsOn"] = Text(s.EndsOn),
        ["endTime"] = Text(s.EndTime),
        ["dateNote"] = s.DateNote,
        ["settlement"] = s.Settlement,
        ["district"] = s.District,
        ["oblast"] = s.Oblast?.ToString(),
        ["latitude"] = Text(s.Latitude),
        ["longitude"] = Text(s.Longitude),
        ["locationPrecision"] = s.LocationPrecision.ToString(),
        ["originCountry"] = s.OriginCountry,
        ["originStatus"] = s.OriginStatus.ToString(),
        ["weaponId"] = Text(s.WeaponId),
        ["missilesLaunched"] = Text(s.MissilesLaunchedFigure),
        ["missilesIntercepted"] = Text(s.MissilesInterceptedFigure),
        ["killed"] = Text(s.KilledFigure),
        ["injured"] = Text(s.InjuredFigure),
        ["summary"] = s.Summary,
        ["status"] = s.Status.ToString(),
        ["deleted"] = Text(s.DeletedAt is not null),
        ["mergedInto"] = Text(s.MergedIntoId),
        ["reports"] = Join(s.Reports.Select(r => Text(r.ReportId))),
        ["places"] = Join(s.Places.Select(p => $"{p.Position}:{p.Place?.GazetteerKey ?? Text(p.PlaceId)}:{p.Precision}")),
    };

    public static SortedDictionary<string, string?> Of(Evidence.EvidenceRecord e) => new(StringComparer.Ordinal)
    {
        ["strikeId"] = Text(e.StrikeId),
        ["component"] = e.Component,
        ["markings"] = e.Markings,
        ["serials"] = e.Serials,
        ["characters"] = e.Characters,
        ["foundAt"] = e.FoundAt,
        ["foundOn"] = Text(e.FoundOn),
        ["examinerId"] = Text(e.ExaminerId),
        ["examinedBy"] = e.ExaminedBy,
        ["examinedWhen"] = e.ExaminedWhen,
        ["finding"] = e.Finding,
        ["status"] = e.Status.ToString(),
        ["deleted"] = Text(e.DeletedAt is not null),
        ["reports"] = Join(e.Reports.Select(r => Text(r.ReportId))),
    };

    public static SortedDictionary<string, string?> Of(Statement s)
    {
        var values = new SortedDictionary<string, string?>(StringComparer.Ordinal)
        {
            ["officialId"] = Text(s.OfficialId),
            ["organisation"] = s.Organisation,
            ["statedOn"] = Text(s.StatedOn),
            ["statedAt"] = Text(s.StatedAt),
            ["statedOnNote"] = s.StatedOnNote,
            ["isPreliminary"] = Text(s.IsPreliminary),
            ["noReportReason"] = s.NoReportReason,
            ["quote"] = s.Quote,
            ["quoteKind"] = s.QuoteKind.ToString(),
            ["isAggregate"] = Text(s.IsAggregate),
            ["periodStart"] = Text(s.PeriodStart),
            ["periodEnd"] = Text(s.PeriodEnd),
            ["periodAsOf"] = Text(s.PeriodAsOf),
            ["periodNote"] = s.PeriodNote,
            ["status"] = s.Status.ToString(),
            ["deleted"] = Text(s.DeletedAt is not null),
            ["reports"] = Join(s.Reports.Select(r => Text(r.ReportId))),
        };
        foreach (var link in s.Strikes)
        {
            values[$"strike:{Text(link.StrikeId)}"] = string.Join("|",
                link.WeaponLabel, Join(link.WeaponTypes.Select(w => Text(w.WeaponId))), link.OriginClaim.ToString(),
                Text(link.MissileCountFigure), Text(link.MissilesInterceptedFigure), Text(link.KilledFigure), Text(link.InjuredFigure),
                link.DateAsReported, link.LocationAsReported);
        }

        foreach (var figure in s.Figures)
        {
            values[$"figure:{Text(figure.Position)}"] = string.Join("|", figure.Kind.ToString(), Text(figure.Figure), figure.Unit, figure.WeaponLabel, figure.Note);
        }

        foreach (var region in s.Regions)
        {
            values[$"region:{Text(region.Position)}"] = string.Join("|", region.NameAsSaid, region.Oblast?.ToString(), Text(region.Count));
        }

        return values;
    }

    public static string Hash(SortedDictionary<string, string?> values) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(values)));

    /// <summary>The fields whose values differ, for the command's output.</summary>
    public static IEnumerable<string> Differences(SortedDictionary<string, string?> from, SortedDictionary<string, string?> to) =>
        from.Keys.Union(to.Keys).Where(k => from.GetValueOrDefault(k) != to.GetValueOrDefault(k)).Order(StringComparer.Ordinal);

    // Value, qualifier, high end and words: every part of a figure the dataset ships.
    private static string Text(Figure figure) => string.Join("/", Text(figure.Value), figure.Qualifier.ToString(), Text(figure.High), figure.Words);

    private static string Join(IEnumerable<string?> values) => string.Join(",", values.Order(StringComparer.Ordinal));

    private static string? Text<T>(T? value)
        where T : struct, IFormattable => value?.ToString(null, CultureInfo.InvariantCulture);

    private static string Text<T>(T value)
        where T : struct, IFormattable => value.ToString(null, CultureInfo.InvariantCulture);

    private static string Text(bool value) => value ? "true" : "false";
}
