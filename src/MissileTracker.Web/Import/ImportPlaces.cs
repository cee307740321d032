using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Places;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.Import;

/// <summary>
/// Finds each imported strike's place through the gazetteer, as the strike form does, and never guesses:
/// a row that names its place by <c>placeId</c> or <c>gazetteerKey</c> gets that place; a row with a
/// settlement, settlement or district precision and no coordinates must name exactly one place (the
/// oblast and district narrow namesakes), else the row is refused with the candidates. A row with
/// coordinates keeps them and is linked to its place only when the name is unambiguous.
/// </summary>
internal static class ImportPlaces
{
    /// <summary>The place of each row that has one (by row index), filling coordinates the row lacks; errors keyed like the other row errors.</summary>
    public static async Task<Dictionary<int, PlaceCandidate>> ResolveAsync(
        IReadOnlyList<ImportedStrike> strikes, PlaceLookup lookup, Gazetteer gazetteer, TrackerDbContext db, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        var places = new Dictionary<int, PlaceCandidate>();
        var byName = new List<(int Row, string Name, StrikeInput Input)>();
        var placeIds = strikes.Select(s => s.Strike.PlaceId).OfType<int>().Distinct().ToList();
        var stored = placeIds.Count == 0 ? [] : await db.Places.StaffView().AsNoTracking().Where(p => placeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        for (var i = 0; i < strikes.Count; i++)
        {
            var input = strikes[i].Strike;
            if (input.PlaceId is { } id)
            {
                if (stored.TryGetValue(id, out var place))
                {
                    places[i] = PlaceCandidate.Of(place);
                }
                else
                {
                    Add(errors, i, "placeId", $"there is no place {id}.");
                }
            }
            else if (InputText.Clean(input.GazetteerKey) is { } key)
            {
                if (gazetteer.Find(key) is { } entry)
                {
                    places[i] = PlaceCandidate.Of(entry, null, null);
                }
                else
                {
                    Add(errors, i, "gazetteerKey", $"the gazetteer has no place '{key}'.");
                }
            }
            else if (InputText.Clean(input.Settlement) is { } name
                     && input.LocationPrecision is LocationPrecision.Settlement or LocationPrecision.District or LocationPrecision.Exact)
            {
                byName.Add((i, name, input));
            }
        }

        var resolutions = await lookup.ResolveManyAsync(byName.Select(r => (r.Name, r.Input.Oblast, InputText.Clean(r.Input.District))).ToList(), staff: true, ct);
        for (var j = 0; j < byName.Count; j++)
        {
            var (row, name, input) = byName[j];
            var hasPoint = input.Latitude is not null;
            switch (resolutions[j])
            {
                case PlaceResolution.Found found:
                    places[row] = found.Place;
                    break;
                case PlaceResolution.Ambiguous ambiguous when !hasPoint:
                    Add(errors, row, "settlement", $"'{name}' names {ambiguous.Candidates.Count} places: "
                        + string.Join("; ", ambiguous.Candidates.Take(10).Select(c => c.Label + (c.GazetteerKey is { } k ? $" [gazetteerKey {k}]" : $" [placeId {c.PlaceId}]")))
                        + (ambiguous.Candidates.Count > 10 ? "; …" : "") + ". Give the oblast or district, a gazetteerKey or placeId, or coordinates.");
                    break;
                case PlaceResolution.Unknown when !hasPoint:
                    Add(errors, row, "settlement", $"no place named '{name}'{(input.Oblast is { } o ? " in " + Geography.Oblasts.NameOf(o) : "")} in the gazetteer. "
                        + "Check the spelling, add the place (/editor/places/new), give coordinates, or choose a coarser precision.");
                    break;
            }
        }

        foreach (var (row, place) in places)
        {
            var input = strikes[row].Strike;
            if (input.Oblast is { } oblast && oblast != place.Oblast)
            {
                Add(errors, row, "oblast", $"{place.Name} is in {place.OblastName}, not {Geography.Oblasts.NameOf(oblast)}.");
            }

            // As the form does: a settlement or district known by name is drawn at the place's centre.
            if (input.Latitude is null && input.LocationPrecision is LocationPrecision.Settlement or LocationPrecision.District)
            {
                input.Latitude = place.Latitude;
                input.Longitude = place.Longitude;
            }

            input.Oblast ??= place.Oblast;
        }

        return places;
    }

    private static void Add(Dictionary<string, string[]> errors, int row, string field, string message) =>
        errors.Add($"strikes[{row}].{field}", $"Strike row {row + 1}: {message}");
}
