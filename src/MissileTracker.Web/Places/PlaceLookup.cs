using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Publishing;

namespace MissileTracker.Web.Places;

/// <summary>
/// Finds places by name in the shipped gazetteer and the tracker's own places (those editors added),
/// for the type-ahead, the strike form and the import. Names are compared folded
/// (<see cref="PlaceNames.Fold"/>); a name several places share is never narrowed to one silently.
/// </summary>
public sealed class PlaceLookup(TrackerDbContext db, Gazetteer gazetteer)
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 50;

    /// <summary>Type-ahead: places whose name (any spelling) starts with <paramref name="prefix"/>; exact names first, then by population.</summary>
    public async Task<IReadOnlyList<PlaceCandidate>> SearchAsync(string prefix, IReadOnlyCollection<Oblast> oblasts, bool staff, int limit, CancellationToken ct)
    {
        var folded = PlaceNames.Fold(prefix);
        var fromGazetteer = gazetteer.StartingWith(prefix)
            .Where(p => oblasts.Count == 0 || oblasts.Contains(p.Oblast))
            .Select(p => (Place: p, Exact: p.AllNames.Any(n => PlaceNames.Fold(n) == folded)))
            .OrderByDescending(x => x.Exact).ThenByDescending(x => x.Place.Population ?? 0).ThenBy(x => x.Place.Name, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
        var added = (await EditorAddedAsync(staff, ct))
            .Where(p => (oblasts.Count == 0 || oblasts.Contains(p.Oblast)) && Names(p).Any(n => PlaceNames.Fold(n).StartsWith(folded, StringComparison.Ordinal)))
            .OrderByDescending(p => Names(p).Any(n => PlaceNames.Fold(n) == folded)).ThenBy(p => p.Name, StringComparer.Ordinal)
            .Select(PlaceCandidate.Of);
        var stored = await StoredIdsAsync(fromGazetteer.Select(x => x.Place.Key), ct);
        // Editor-added places first: the gazetteer lacked them, so an editor typing their name is most likely after them.
        return added
            .Concat(fromGazetteer.Select(x => PlaceCandidate.Of(x.Place, stored.TryGetValue(x.Place.Key, out var id) ? id : null, MatchedName(x.Place, prefix))))
            .Take(limit)
            .ToList();
    }

    /// <summary>
    /// The place named exactly <paramref name="name"/> (any spelling), narrowed by oblast and then by
    /// district (raion or city district) when given. Ambiguous when more than one remains: the Rivne in
    /// Pokrovsk district is not the city of Rivne unless the oblast says so.
    /// </summary>
    public async Task<PlaceResolution> ResolveAsync(string name, Oblast? oblast, string? district, bool staff, CancellationToken ct) =>
        (await ResolveManyAsync([(name, oblast, district)], staff, ct))[0];

    /// <summary>
    /// <see cref="ResolveAsync"/> for many names at once (the import's rows): the same two queries
    /// whatever the number of names, the matching in memory.
    /// </summary>
    public async Task<IReadOnlyList<PlaceResolution>> ResolveManyAsync(IReadOnlyList<(string Name, Oblast? Oblast, string? District)> names, bool staff, CancellationToken ct)
    {
        var added = await EditorAddedAsync(staff, ct);
        var matches = names.Select(n => Match(n.Name, n.Oblast, n.District, added)).ToList();
        var stored = await StoredIdsAsync(matches.SelectMany(m => m).Select(c => c.GazetteerKey).OfType<string>(), ct);
        return matches.Select(candidates =>
        {
            var resolved = candidates.Select(c => c.PlaceId is null && c.GazetteerKey is { } key && stored.TryGetValue(key, out var id) ? c with { PlaceId = id } : c).ToList();
            return resolved.Count switch
            {
                0 => new PlaceResolution.Unknown(),
                1 => (PlaceResolution)new PlaceResolution.Found(resolved[0]),
                _ => new PlaceResolution.Ambiguous(resolved.OrderByDescending(c => c.Population ?? 0).ThenBy(c => c.OblastName, StringComparer.Ordinal).ToList()),
            };
        }).ToList();
    }

    private List<PlaceCandidate> Match(string name, Oblast? oblast, string? district, List<Place> editorAdded)
    {
        var folded = PlaceNames.Fold(name);
        var candidates = gazetteer.Named(name).Select(p => PlaceCandidate.Of(p, null, MatchedName(p, name)))
            .Concat(editorAdded.Where(p => Names(p).Any(n => PlaceNames.Fold(n) == folded)).Select(PlaceCandidate.Of))
            .Where(c => oblast is null || c.Oblast == oblast)
            .ToList();
        if (candidates.Count > 1 && !string.IsNullOrWhiteSpace(district))
        {
            var inDistrict = candidates.Where(c => SameDistrict(c.Raion, district) || SameDistrict(c.CityDistrict, district)).ToList();
            if (inDistrict.Count > 0)
            {
                candidates = inDistrict;
            }
        }

        return candidates;
    }

    /// <summary>"Brovary Raion", "Brovary district", "Brovarskyi raion" and "Brovary" name the same raion.</summary>
    private static bool SameDistrict(string? known, string given)
    {
        if (known is null)
        {
            return false;
        }

        static string Core(string d) => PlaceNames.Fold(d).Replace(" raion", "", StringComparison.Ordinal).Replace(" rayon", "", StringComparison.Ordinal)
            .Replace(" district", "", StringComparison.Ordinal).Trim();
        var (a, b) = (Core(known), Core(given));
        return a == b || a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal);
    }

    /// <summary>The spelling that matched, when it is not the name: the one typed as typed if there is one (Kharkov rather than Khar'kov).</summary>
    private static string? MatchedName(GazetteerPlace place, string typed)
    {
        var folded = PlaceNames.Fold(typed);
        if (PlaceNames.Fold(place.Name).StartsWith(folded, StringComparison.Ordinal))
        {
            return null;
        }

        var matching = place.AllNames.Where(n => PlaceNames.Fold(n).StartsWith(folded, StringComparison.Ordinal)).ToList();
        return matching.FirstOrDefault(n => n.StartsWith(typed.Trim(), StringComparison.OrdinalIgnoreCase)) ?? matching.FirstOrDefault();
    }

    private static IEnumerable<string> Names(Place p) => p.NameUk is null ? [p.Name] : [p.Name, p.NameUk];

    // Editors add places one at a time: a few hundred at most, so they are matched in memory with the same folding as the gazetteer.
    private async Task<List<Place>> EditorAddedAsync(bool staff, CancellationToken ct) =>
        await db.Places.VisibleTo(staff).AsNoTracking().Where(p => p.EditorAdded).ToListAsync(ct);

    /// <summary>Tracker ids of the gazetteer places already stored, by key.</summary>
    public async Task<Dictionary<string, int>> StoredIdsAsync(IEnumerable<string> keys, CancellationToken ct)
    {
        var list = keys.Distinct(StringComparer.Ordinal).ToList();
        if (list.Count == 0)
        {
            return [];
        }

        // Gazetteer places a strike named are few (one per place, however many strikes): one query reads them all.
        var stored = await db.Places.StaffView().AsNoTracking().Where(p => p.GazetteerKey != null)
            .Select(p => new { p.GazetteerKey, p.Id }).ToListAsync(ct);
        var wanted = list.ToHashSet(StringComparer.Ordinal);
        return stored.Where(p => wanted.Contains(p.GazetteerKey!)).ToDictionary(p => p.GazetteerKey!, p => p.Id, StringComparer.Ordinal);
    }
}
