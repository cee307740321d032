using System.Globalization;
using System.Linq.Expressions;
using MissileTracker.Web.Data;
using MissileTracker.Web.Places;

namespace MissileTracker.Web.Strikes;

/// <summary>
/// What <see cref="StrikeQueries.StreamAsync"/> reads per strike in its one query: the strike, its weapon, and its sources
/// (and places) aggregated into text in the same SELECT, so the export needs no query per batch. Each aggregate starts at
/// the strike's link set, so the link's named query filters apply, and joins the other end's set, so that set's filters
/// apply too: a draft or deleted statement, report or place is left out as everywhere a reader looks.
/// </summary>
/// <remarks>
/// EF Core translates <c>string.Join</c> to <c>group_concat</c> (SQLite) or <c>string_agg</c> (PostgreSQL) only over a
/// grouping whose values are the grouped rows' own columns. Over a navigation collection it joins the rows and
/// concatenates on the client (two collections multiply each other's rows), and a navigation inside a grouping is expanded
/// into a second, lateral join that SQLite cannot run. So each aggregate is an explicit join grouped by the strike, which
/// becomes a correlated scalar subquery: <c>(SELECT group_concat(…) FROM "StrikeReports" … GROUP BY "StrikeId" LIMIT 1)</c>.
/// </remarks>
internal sealed class StrikeExportRead
{
    /// <summary>Doubled inside an aggregated URL; followed by another character, it separates two URLs.</summary>
    internal const string Escape = "\u001f";

    internal const string DoubledEscape = Escape + Escape;

    /// <summary>
    /// Between two aggregated URLs. A stored URL may hold any character (a pasted control character survives
    /// <see cref="Uri"/>), so no separator is safe alone: each URL's <see cref="Escape"/> is doubled, and the separator is
    /// <see cref="Escape"/> followed by another character, which a doubled escape never is.
    /// </summary>
    internal const string Separator = Escape + "\u001e";

    public required Strike Strike { get; init; }

    public required string WeaponCode { get; init; }

    public required string WeaponName { get; init; }

    /// <summary>The ids of the officials quoted by the strike's statements, comma-separated, repeats included; null for none.</summary>
    public string? OfficialIds { get; init; }

    /// <summary>The strike's source URLs as stored, escaped and joined (<see cref="SourceUrls"/> reads them back); null for none.</summary>
    public string? Urls { get; init; }

    /// <summary>The strike's published places as "id,position,precision", joined with ';'; read for the GeoJSON export only.</summary>
    public string? PlaceLinks { get; init; }

    /// <summary>The strikes of <paramref name="ordered"/> with their sources (and, when asked, places), in one query, in its order.</summary>
    /// <param name="db">The context whose sets the aggregates join.</param>
    /// <param name="ordered">The matching strikes, filtered and ordered once by the caller (<see cref="StrikeQueries.Matching"/>).</param>
    /// <param name="withPlaces">Also aggregate the linked places (a CASE: SQLite and PostgreSQL skip the subquery when false).</param>
    public static IQueryable<StrikeExportRead> Of(TrackerDbContext db, IQueryable<Strike> ordered, bool withPlaces) =>
        // The ToString calls are SQL (a cast to text), where no culture applies; EF Core translates no overload taking one.
#pragma warning disable CA1305
        ordered.Select(s => new StrikeExportRead
        {
            // Only the columns StrikeExportRow.From reads: the strike's note, state and bookkeeping columns are not parsed
            // for every row (five timestamps, two enums and the note were a fifth of the row's reading).
            Strike = new Strike
            {
                Id = s.Id,
                OccurredOn = s.OccurredOn,
                DatePrecision = s.DatePrecision,
                TimeOfDay = s.TimeOfDay,
                EndsOn = s.EndsOn,
                EndTime = s.EndTime,
                Settlement = s.Settlement,
                District = s.District,
                Oblast = s.Oblast,
                Latitude = s.Latitude,
                Longitude = s.Longitude,
                LocationPrecision = s.LocationPrecision,
                OriginCountry = s.OriginCountry,
                OriginStatus = s.OriginStatus,
                MissilesLaunched = s.MissilesLaunched,
                MissilesLaunchedQualifier = s.MissilesLaunchedQualifier,
                MissilesLaunchedHigh = s.MissilesLaunchedHigh,
                MissilesLaunchedWords = s.MissilesLaunchedWords,
                MissilesIntercepted = s.MissilesIntercepted,
                MissilesInterceptedQualifier = s.MissilesInterceptedQualifier,
                MissilesInterceptedHigh = s.MissilesInterceptedHigh,
                MissilesInterceptedWords = s.MissilesInterceptedWords,
                Killed = s.Killed,
                KilledQualifier = s.KilledQualifier,
                KilledHigh = s.KilledHigh,
                KilledWords = s.KilledWords,
                Injured = s.Injured,
                InjuredQualifier = s.InjuredQualifier,
                InjuredHigh = s.InjuredHigh,
                InjuredWords = s.InjuredWords,
                Summary = s.Summary,
                CreatedAt = s.CreatedAt,
                UpdatedAt = s.UpdatedAt,
                PublishedAt = s.PublishedAt,
            },
            WeaponCode = s.Weapon.Code,
            WeaponName = s.Weapon.Name,
            // Ids need no escaping; the names come from the officials read once per export.
            OfficialIds = s.Statements
                .Join(db.Statements, x => x.StatementId, st => st.Id, (x, st) => new { x.StrikeId, st.OfficialId })
                .Where(x => x.OfficialId != null)
                .GroupBy(x => x.StrikeId)
                .Select(g => string.Join(",", g.Select(x => x.OfficialId!.Value.ToString())))
                .FirstOrDefault(),
            // The URL column is text; the casts through object make EF read it as text rather than through the Uri converter.
            Urls = s.Reports
                .Join(db.Reports, x => x.ReportId, r => r.Id, (x, r) => new { x.StrikeId, r.Url })
                .Where(x => x.Url != null)
                .GroupBy(x => x.StrikeId)
                .Select(g => string.Join(Separator, g.Select(x => ((string)(object)x.Url!).Replace(Escape, DoubledEscape))))
                .FirstOrDefault(),
            // Ids, positions and precisions (enum names) need no escaping; the places' names and coordinates come from the
            // places read once per export. A collection of places here instead made SQLite materialize every strike's places.
            PlaceLinks = withPlaces
                ? s.Places
                    .Join(db.Places, x => x.PlaceId, p => p.Id, (x, p) => new { x.StrikeId, x.PlaceId, x.Position, x.Precision })
                    .GroupBy(x => x.StrikeId)
                    .Select(g => string.Join(";", g.Select(x => x.PlaceId.ToString() + "," + x.Position.ToString() + "," + (string)(object)x.Precision)))
                    .FirstOrDefault()
                : null,
        });
#pragma warning restore CA1305

    /// <summary>
    /// The strike's properties <see cref="Of"/> reads, taken from its projection: what the SQLite export
    /// (<see cref="PublicStrikeListSql.ExportText"/>) reads too, so the two never differ in the columns they read.
    /// </summary>
    public static readonly IReadOnlyList<string> StrikeProperties = ProjectedStrikeProperties();

    private static List<string> ProjectedStrikeProperties()
    {
        // Building the query evaluates nothing: the context is only captured, so none is needed to read the projection.
        var query = Of(null!, Enumerable.Empty<Strike>().AsQueryable(), withPlaces: false);
        var finder = new StrikeInitFinder();
        finder.Visit(query.Expression);
        return finder.Found?.Bindings.Select(b => b.Member.Name).ToList() ?? throw new InvalidOperationException("Of builds no Strike.");
    }

    private sealed class StrikeInitFinder : ExpressionVisitor
    {
        public MemberInitExpression? Found { get; private set; }

        protected override Expression VisitMemberInit(MemberInitExpression node)
        {
            if (node.Type == typeof(Strike))
            {
                Found ??= node;
            }

            return base.VisitMemberInit(node);
        }
    }

    /// <summary>The export's row: the strike with its weapon, officials' names, source URLs and (when read) places.</summary>
    /// <param name="officialNames">Every official's name by id, read once per export.</param>
    /// <param name="places">Every public place by id, read once per export; null when places are not exported.</param>
    public StrikeExportRow ToRow(IReadOnlyDictionary<int, string> officialNames, IReadOnlyDictionary<int, Place>? places) =>
        StrikeExportRow.From(Strike, WeaponCode, WeaponName, OfficialNames(officialNames), SourceUrls()) with { Places = places is null ? [] : MapPlaces(places) };

    /// <summary>The quoted officials' names, each once, in ordinal order; an id without a name (none should be) is skipped.</summary>
    public IReadOnlyList<string> OfficialNames(IReadOnlyDictionary<int, string> names)
    {
        if (string.IsNullOrEmpty(OfficialIds))
        {
            return [];
        }

        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var range in OfficialIds.AsSpan().Split(','))
        {
            if (names.GetValueOrDefault(int.Parse(OfficialIds.AsSpan()[range], CultureInfo.InvariantCulture)) is { } name)
            {
                found.Add(name);
            }
        }

        return [.. found];
    }

    /// <summary>The source URLs, each once, in ordinal order, written as <see cref="Uri.AbsoluteUri"/> (as the entity read gave them).</summary>
    public IReadOnlyList<string> SourceUrls()
    {
        if (string.IsNullOrEmpty(Urls))
        {
            return [];
        }

        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var stored in Unjoin(Urls))
        {
            // What EF Core's Uri converter reads back from the stored text.
            found.Add(new Uri(stored, UriKind.RelativeOrAbsolute).AbsoluteUri);
        }

        return [.. found];
    }

    /// <summary>The strike's places, main place first, with their names and coordinates from <paramref name="places"/>.</summary>
    public IReadOnlyList<StrikeMapPlace> MapPlaces(IReadOnlyDictionary<int, Place> places)
    {
        if (string.IsNullOrEmpty(PlaceLinks))
        {
            return [];
        }

        var found = new List<StrikeMapPlace>();
        foreach (var link in PlaceLinks.Split(';'))
        {
            var parts = link.Split(',');
            if (places.GetValueOrDefault(int.Parse(parts[0], CultureInfo.InvariantCulture)) is { } place)
            {
                found.Add(new StrikeMapPlace(Strike.Id, place.Id, int.Parse(parts[1], CultureInfo.InvariantCulture),
                    Enum.Parse<LocationPrecision>(parts[2]), place.Name, place.Latitude, place.Longitude, place.NameUk));
            }
        }

        return [.. found.OrderBy(p => p.Position)];
    }

    /// <summary>Splits an aggregate joined with <see cref="Separator"/> whose values had their <see cref="Escape"/> doubled.</summary>
    internal static List<string> Unjoin(string joined)
    {
        var values = new List<string>();
        var value = new System.Text.StringBuilder();
        for (var i = 0; i < joined.Length; i++)
        {
            if (joined[i] != Escape[0])
            {
                value.Append(joined[i]);
            }
            else if (i + 1 < joined.Length && joined[i + 1] == Escape[0])
            {
                value.Append(Escape[0]);
                i++;
            }
            else
            {
                values.Add(value.ToString());
                value.Clear();
                i++;
            }
        }

        values.Add(value.ToString());
        return values;
    }
}
