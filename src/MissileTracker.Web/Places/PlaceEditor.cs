using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Publishing;

namespace MissileTracker.Web.Places;

/// <summary>Adds places the shipped gazetteer lacks, for the editor page and the write API alike.</summary>
public sealed class PlaceEditor(TrackerDbContext db, Gazetteer gazetteer, IServiceProvider services)
{
    public async Task<EditResult<Place>> CreateAsync(PlaceInput input, EditingUser editor, CancellationToken ct)
    {
        var errors = InputValidation.Validate(input, services);
        if (errors.Count == 0)
        {
            await RefuseDuplicateAsync(input, errors, ct);
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

    /// <summary>A place with the same name in the same oblast and district is the one to use, not a new one.</summary>
    private async Task RefuseDuplicateAsync(PlaceInput input, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        var name = PlaceNames.Fold(input.Name!);
        var district = PlaceNames.Fold(input.CityDistrict ?? input.Raion ?? "");
        bool SameDistrict(string? raion, string? cityDistrict) =>
            district.Length == 0 || PlaceNames.Fold(cityDistrict ?? raion ?? "") is var d && (d.Length == 0 || d == district);

        var inGazetteer = gazetteer.Named(input.Name!).FirstOrDefault(p => p.Oblast == input.Oblast && SameDistrict(p.Raion, p.CityDistrict));
        var added = (await db.Places.StaffView().AsNoTracking().Where(p => p.EditorAdded && p.Oblast == input.Oblast).ToListAsync(ct))
            .FirstOrDefault(p => PlaceNames.Fold(p.Name) == name && SameDistrict(p.Raion, p.CityDistrict));
        if (inGazetteer is not null || added is not null)
        {
            errors.Add("name", $"{input.Name} in {Oblasts.NameOf(input.Oblast!.Value)} is already known; find it by name instead of adding it again.");
        }
    }
}
