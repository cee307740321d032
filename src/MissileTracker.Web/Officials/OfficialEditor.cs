using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Localization;

namespace MissileTracker.Web.Officials;

/// <summary>Creates and changes officials, warning about names that look like someone already stored.</summary>
public sealed class OfficialEditor(TrackerDbContext db, IServiceProvider services)
{
    /// <summary>
    /// Stored officials whose name (or other names) matches <paramref name="name"/> once case,
    /// accents, punctuation and word order are ignored, or differs by at most two letters.
    /// </summary>
    public async Task<IReadOnlyList<OfficialRef>> SimilarAsync(string? name, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return [];
        }

        var wanted = NameKey.Of(name);
        var all = await db.Officials.AsNoTracking().Select(o => new { o.Id, o.Name, o.OtherNames }).ToListAsync(ct);
        return all
            .Where(o => new[] { o.Name }.Concat((o.OtherNames ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Any(candidate => NameKey.AreSimilar(NameKey.Of(candidate), wanted)))
            .Select(o => new OfficialRef(o.Id, o.Name))
            .ToList();
    }

    public async Task<EditResult<Official>> CreateAsync(OfficialInput input, EditingUser editor, CancellationToken ct)
    {
        var errors = InputValidation.Validate(input, services);
        if (errors.Count > 0)
        {
            return new EditResult<Official>.Invalid(errors);
        }

        var official = new Official { Name = "", Role = "", Organisation = "", Country = "" };
        Apply(input, official);
        db.Author = editor.Author;
        db.Officials.Add(official);
        await db.SaveChangesAsync(ct);
        return new EditResult<Official>.Done(official);
    }

    public async Task<EditResult<Official>> UpdateAsync(int id, OfficialInput input, EditingUser editor, CancellationToken ct)
    {
        var official = await db.Officials.SingleOrDefaultAsync(o => o.Id == id, ct);
        if (official is null)
        {
            return new EditResult<Official>.NotFound();
        }

        var errors = InputValidation.Validate(input, services);
        if (input.Version is null)
        {
            errors.Add("version", Text.Of("Give the version you edited (from the last read)."));
        }

        if (errors.Count > 0)
        {
            return new EditResult<Official>.Invalid(errors);
        }

        db.ExpectVersion(official, input.Version!.Value);
        Apply(input, official);
        db.Author = editor.Author;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await db.Officials.AsNoTracking().Where(o => o.Id == id).Select(o => o.Version).SingleAsync(ct);
            return new EditResult<Official>.Conflict(current, Text.Format("Someone else saved this official after you opened it (now version {0}).", current));
        }

        return new EditResult<Official>.Done(official);
    }

    private static void Apply(OfficialInput input, Official official)
    {
        official.Name = input.Name!.Trim();
        official.OtherNames = InputText.Clean(input.OtherNames);
        official.Role = input.Role!.Trim();
        official.Organisation = input.Organisation!.Trim();
        official.Country = Geography.Countries.NameOf(input.Country!.Trim());
    }
}
