using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Localization;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.Places;

/// <summary>Finds the stored place a strike input names, storing a gazetteer place the first time a strike names it.</summary>
public sealed class PlaceStore(TrackerDbContext db, Gazetteer gazetteer)
{
    /// <summary>The place of <paramref name="input"/> (null when it names none), or an error keyed by the field when it cannot be.</summary>
    public async Task<Place?> ForStrikeAsync(StrikeInput input, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        Place? place = null;
        if (input.PlaceId is { } id)
        {
            place = await db.Places.StaffView().SingleOrDefaultAsync(p => p.Id == id, ct);
            if (place is null)
            {
                errors.Add("placeId", Text.Format("There is no place {0}; find places with GET /api/v1/places.", id));
                return null;
            }
        }
        else if (!string.IsNullOrWhiteSpace(input.GazetteerKey))
        {
            place = await FromGazetteerAsync(input.GazetteerKey.Trim(), ct);
            if (place is null)
            {
                errors.Add("gazetteerKey", Text.Format("The gazetteer has no place '{0}'; find places with GET /api/v1/places.", input.GazetteerKey));
                return null;
            }
        }

        if (place is not null && input.Oblast is { } oblast && oblast != place.Oblast)
        {
            // LocalNameOf: the English name for the API (never under /uk), the Ukrainian one on a Ukrainian form.
            errors.Add("oblast", Text.Format("{0} is in {1}, not {2}.", place.Name, Geography.Oblasts.LocalNameOf(place.Oblast), Geography.Oblasts.LocalNameOf(oblast)));
        }

        return place;
    }

    /// <summary>The further places of <paramref name="input"/> with their precision (null when the input leaves them as they are).</summary>
    public async Task<List<(Place Place, LocationPrecision Precision)>?> OtherPlacesAsync(StrikeInput input, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        if (input.OtherPlaces is null)
        {
            return null;
        }

        var places = new List<(Place, LocationPrecision)>();
        for (var i = 0; i < input.OtherPlaces.Count; i++)
        {
            var other = input.OtherPlaces[i];
            var place = other.PlaceId is { } id
                ? await db.Places.StaffView().SingleOrDefaultAsync(p => p.Id == id, ct)
                : string.IsNullOrWhiteSpace(other.GazetteerKey) ? null : await FromGazetteerAsync(other.GazetteerKey.Trim(), ct);
            if (place is null)
            {
                errors.Add($"otherPlaces[{i}].{(other.PlaceId is null ? "gazetteerKey" : "placeId")}", Text.Of("No such place; find places with GET /api/v1/places."));
            }
            else if (places.Any(p => p.Item1 == place))
            {
                errors.Add($"otherPlaces[{i}].placeId", Text.Format("{0} is listed twice.", place.Name));
            }
            else if (other.Precision is { } precision)
            {
                places.Add((place, precision));
            }
        }

        return places;
    }

    /// <summary>The stored copy of a gazetteer place, created (published: it is reference data) when no strike named it before.</summary>
    public async Task<Place?> FromGazetteerAsync(string key, CancellationToken ct)
    {
        var stored = await db.Places.StaffView().SingleOrDefaultAsync(p => p.GazetteerKey == key, ct)
            ?? db.Places.Local.FirstOrDefault(p => p.GazetteerKey == key);
        if (stored is not null)
        {
            return stored;
        }

        if (gazetteer.Find(key) is not { } entry)
        {
            return null;
        }

        var place = FromEntry(entry);
        db.Places.Add(place);
        return place;
    }

    /// <summary>The tracker ids of these gazetteer places, storing those no strike named before (one query, one save).</summary>
    public async Task<Dictionary<string, int>> IdsOfGazetteerPlacesAsync(IReadOnlyCollection<string> keys, PlaceLookup lookup, CancellationToken ct)
    {
        var ids = await lookup.StoredIdsAsync(keys, ct);
        var added = keys.Where(k => !ids.ContainsKey(k)).Distinct(StringComparer.Ordinal)
            .Select(k => gazetteer.Find(k) ?? throw new InvalidOperationException($"No gazetteer place {k}."))
            .Select(FromEntry).ToList();
        if (added.Count > 0)
        {
            db.Places.AddRange(added);
            await db.SaveChangesAsync(ct);
            foreach (var place in added)
            {
                ids[place.GazetteerKey!] = place.Id;
            }
        }

        return ids;
    }

    private static Place FromEntry(GazetteerPlace entry) =>
        new()
        {
            GazetteerKey = entry.Key,
            GeoNamesId = entry.GeoNamesId,
            Name = entry.Name,
            NameUk = entry.NameUk,
            Oblast = entry.Oblast,
            Raion = entry.Raion,
            CityDistrict = entry.CityDistrict,
            Latitude = entry.Latitude,
            Longitude = entry.Longitude,
            Status = PublicationStatus.Published,
            PublishedAt = DateTime.UtcNow,
        };
}
