using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Publishing;

namespace MissileTracker.Web.Places;

/// <summary>Adds places the shipped gazetteer lacks, for the editor page and the write API alike, and edits them.</summary>
public sealed class PlaceEditor(TrackerDbContext db, Gazetteer gazetteer, IServiceProvider services)
{
    public async Task<EditResult<Place>> CreateAsync(PlaceInput input, EditingUser editor, CancellationToken ct)
    {
        var errors = InputValidation.Validate(input, services);
        if (errors.Count == 0)
        {
            await RefuseDuplicateAsync(input, errors, null, ct);
        }

        if (errors.Count > 0)
        {
            return new EditResult<Place>.Invalid(errors);
        }

        var place = new Place
        {
            Name = input.Name!.Trim(),
            NameUk = InputText.Clean(input.NameUk),
            Oblast = input.Oblast!.Value,
            Raion = InputText.Clean(input.Raion),
            CityDistrict = InputText.Clean(input.CityDistrict),
            Latitude = input.Latitude!.Value,
            Longitude = input.Longitude!.Value,
            EditorAdded = true,
            // Reviewed like other records: a draft until a reviewer publishes it; editors find it by type-ahead meanwhile.
            Status = PublicationStatus.Draft,
        };
        db.Author = editor.Author;
        db.Places.Add(place);
        await db.SaveChangesAsync(ct);
        return new EditResult<Place>.Done(place);
    }

    /// <summary>
    /// Changes an editor-added place. Places from the shipped gazetteer are reference data and
    /// stay as GeoNames has them; a published place is a reviewer's to change, as other records are.
    /// </summary>
    public async Task<EditResult<Place>> UpdateAsync(int id, PlaceInput input, int? version, EditingUser editor, CancellationToken ct)
    {
        var place = await db.Places.StaffView().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (place is null)
        {
            return new EditResult<Place>.NotFound();
        }

        if (!place.EditorAdded)
        {
            return new EditResult<Place>.Forbidden("This place comes from the shipped gazetteer (GeoNames); it is not edited here.");
        }

        if (place.Status == PublicationStatus.Published && !editor.IsReviewer)
        {
            return new EditResult<Place>.Forbidden("This place is published; only a reviewer can change it.");
        }

        if (version is null)
        {
            return new EditResult<Place>.Invalid(new Dictionary<string, string[]> { ["version"] = ["Give the version you edited (from the last read)."] });
        }

        var errors = InputValidation.Validate(input, services);
        if (errors.Count == 0)
        {
            await RefuseDuplicateAsync(input, errors, id, ct);
        }

        if (errors.Count > 0)
        {
            return new EditResult<Place>.Invalid(errors);
        }

        db.ExpectVersion(place, version.Value);
        place.Name = input.Name!.Trim();
        place.NameUk = InputText.Clean(input.NameUk);
        place.Oblast = input.Oblast!.Value;
        place.Raion = InputText.Clean(input.Raion);
        place.CityDistrict = InputText.Clean(input.CityDistrict);
        place.Latitude = input.Latitude!.Value;
        place.Longitude = input.Longitude!.Value;
        db.Author = editor.Author;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await db.Places.IgnoreQueryFilters().AsNoTracking().Where(p => p.Id == id).Select(p => p.Version).SingleAsync(ct);
            return new EditResult<Place>.Conflict(current, $"Someone else saved this place after you opened it (now version {current}).");
        }

        return new EditResult<Place>.Done(place);
    }

    /// <summary>A place with the same name in the same oblast and district is the one to use, not a new one.</summary>
    private async Task RefuseDuplicateAsync(PlaceInput input, Dictionary<string, string[]> errors, int? exceptId, CancellationToken ct)
    {
        var name = PlaceNames.Fold(input.Name!);
        var district = PlaceNames.Fold(input.CityDistrict ?? input.Raion ?? "");
        bool SameDistrict(string? raion, string? cityDistrict) =>
            district.Length == 0 || PlaceNames.Fold(cityDistrict ?? raion ?? "") is var d && (d.Length == 0 || d == district);

        var inGazetteer = gazetteer.Named(input.Name!).FirstOrDefault(p => p.Oblast == input.Oblast && SameDistrict(p.Raion, p.CityDistrict));
        var added = (await db.Places.StaffView().AsNoTracking().Where(p => p.EditorAdded && p.Oblast == input.Oblast && p.Id != exceptId).ToListAsync(ct))
            .FirstOrDefault(p => PlaceNames.Fold(p.Name) == name && SameDistrict(p.Raion, p.CityDistrict));
        if (inGazetteer is not null || added is not null)
        {
            errors.Add("name", $"{input.Name} in {Oblasts.NameOf(input.Oblast!.Value)} is already known; find it by name instead of adding it again.");
        }
    }
}
