using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Places;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Localization;

namespace MissileTracker.Web.Strikes;

/// <summary>Creates and changes strikes for the editor pages and the write API alike.</summary>
public sealed class StrikeEditor(TrackerDbContext db, IServiceProvider services, PlaceStore placeStore)
{
    public async Task<EditResult<Strike>> CreateAsync(StrikeInput input, EditingUser editor, CancellationToken ct)
    {
        var errors = InputValidation.Validate(input, services);
        var weapon = await WeaponIdAsync(input.MissileType, errors, ct);
        var reports = await ReportsAsync(input.ReportIds, errors, ct);
        var place = await placeStore.ForStrikeAsync(input, errors, ct);
        var others = await placeStore.OtherPlacesAsync(input, errors, ct);
        if (errors.Count > 0)
        {
            return new EditResult<Strike>.Invalid(errors);
        }

        var strike = new Strike { Status = PublicationStatus.Draft };
        Apply(input, strike, weapon!.Value);
        SetPlace(strike, place, input.LocationPrecision!.Value);
        SetOtherPlaces(strike, others);
        foreach (var report in reports)
        {
            strike.Reports.Add(new StrikeReport { Strike = strike, Report = report });
        }

        db.Author = editor.Author;
        db.Strikes.Add(strike);
        await db.SaveChangesAsync(ct);
        return new EditResult<Strike>.Done(strike);
    }

    public async Task<EditResult<Strike>> UpdateAsync(int id, StrikeInput input, EditingUser editor, CancellationToken ct)
    {
        var strike = await db.Strikes.StaffView().Include(s => s.Reports).ThenInclude(x => x.Report).Include(s => s.Places)
            .SingleOrDefaultAsync(s => s.Id == id, ct);
        if (strike is null)
        {
            return new EditResult<Strike>.NotFound();
        }

        if (strike.Status == PublicationStatus.Published && !editor.IsReviewer)
        {
            return new EditResult<Strike>.Forbidden(Text.Of("This strike is published; only a reviewer can change it."));
        }

        var errors = InputValidation.Validate(input, services);
        if (input.Version is null)
        {
            errors.Add("version", Text.Of("Give the version you edited (from the last read)."));
        }

        var weapon = await WeaponIdAsync(input.MissileType, errors, ct);
        var reports = input.ReportIds is null ? null : await ReportsAsync(input.ReportIds, errors, ct);
        var place = await placeStore.ForStrikeAsync(input, errors, ct);
        var others = await placeStore.OtherPlacesAsync(input, errors, ct);
        if (errors.Count > 0)
        {
            return new EditResult<Strike>.Invalid(errors);
        }

        // The client's version becomes the expected one: a save based on a stale read fails.
        db.ExpectVersion(strike, input.Version!.Value);
        Apply(input, strike, weapon!.Value);
        SetPlace(strike, place, input.LocationPrecision!.Value);
        SetOtherPlaces(strike, others);
        // A place linked or unlinked is a change to the strike: mirrors syncing by updatedSince must see it.
        db.ChangeTracker.DetectChanges();
        if (db.ChangeTracker.Entries<StrikePlace>().Any(e => e.State is EntityState.Added or EntityState.Deleted or EntityState.Modified))
        {
            db.Entry(strike).Property(s => s.UpdatedAt).IsModified = true;
        }

        if (reports is not null)
        {
            strike.Reports.RemoveAll(link => !reports.Any(r => r.Id == link.ReportId));
            foreach (var report in reports.Where(r => strike.Reports.All(link => link.ReportId != r.Id)))
            {
                strike.Reports.Add(new StrikeReport { Strike = strike, Report = report });
            }
        }

        db.Author = editor.Author;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await db.Strikes.IgnoreQueryFilters().AsNoTracking().Where(s => s.Id == id).Select(s => s.Version).SingleAsync(ct);
            return new EditResult<Strike>.Conflict(current,
                Text.Format("Someone else saved this strike after you opened it (now version {0}, you edited version {1}). Reload, reapply your change and save again.", current, input.Version));
        }

        return new EditResult<Strike>.Done(strike);
    }

    /// <summary>Links an existing strike to a report (idempotent).</summary>
    public async Task<EditResult<Strike>> LinkReportAsync(int strikeId, int reportId, EditingUser editor, CancellationToken ct)
    {
        var strike = await db.Strikes.StaffView().Include(s => s.Reports).SingleOrDefaultAsync(s => s.Id == strikeId, ct);
        var report = await db.Reports.StaffView().SingleOrDefaultAsync(r => r.Id == reportId, ct);
        if (strike is null || report is null)
        {
            return new EditResult<Strike>.NotFound();
        }

        if (strike.Reports.All(x => x.ReportId != reportId))
        {
            strike.Reports.Add(new StrikeReport { Strike = strike, Report = report });
            // New evidence is a change to the strike: mirrors syncing by updatedSince must see it.
            db.Entry(strike).Property(s => s.UpdatedAt).IsModified = true;
            db.Author = editor.Author;
            await db.SaveChangesAsync(ct);
        }

        return new EditResult<Strike>.Done(strike);
    }

    /// <summary>
    /// The named place becomes the strike's main place (position 0) with the strike's precision; its names,
    /// oblast and centre fill what the input left empty, so a settlement-precision strike is drawn at the
    /// settlement, not at the oblast's centre. Without a place, the main place link is dropped.
    /// </summary>
    private static void SetPlace(Strike strike, Place? place, LocationPrecision precision)
    {
        // Links are keyed by (strike, place): a place already linked (even as a further place) is updated in place, not removed and added again.
        var existing = place is null ? null : strike.Places.FirstOrDefault(link => Names(link, place));
        strike.Places.RemoveAll(link => link.Position == 0 && link != existing);
        if (place is null)
        {
            return;
        }

        if (existing is not null)
        {
            existing.Position = 0;
            existing.Precision = precision;
        }
        else
        {
            strike.Places.Add(new StrikePlace { Strike = strike, Place = place, Position = 0, Precision = precision });
        }

        strike.Settlement ??= place.Name;
        strike.District ??= place.CityDistrict ?? place.Raion;
        strike.Oblast ??= place.Oblast;
        if (strike.Latitude is null && precision is LocationPrecision.Settlement or LocationPrecision.District)
        {
            strike.Latitude = place.Latitude;
            strike.Longitude = place.Longitude;
        }
    }

    /// <summary>The further places (positions 1, 2, …) become exactly <paramref name="others"/>; null leaves them as they are.</summary>
    private static void SetOtherPlaces(Strike strike, List<(Place Place, LocationPrecision Precision)>? others)
    {
        if (others is null)
        {
            return;
        }

        var wanted = others.Where(o => !strike.Places.Any(link => link.Position == 0 && Names(link, o.Place))).ToList();
        strike.Places.RemoveAll(link => link.Position > 0 && !wanted.Any(o => Names(link, o.Place)));
        var position = 1;
        foreach (var (place, precision) in wanted)
        {
            if (strike.Places.FirstOrDefault(link => link.Position > 0 && Names(link, place)) is { } kept)
            {
                kept.Position = position++;
                kept.Precision = precision;
            }
            else
            {
                strike.Places.Add(new StrikePlace { Strike = strike, Place = place, Position = position++, Precision = precision });
            }
        }
    }

    private static bool Names(StrikePlace link, Place place) => link.Place == place || (place.Id != 0 && link.PlaceId == place.Id);

    internal static void Apply(StrikeInput input, Strike strike, int weaponId)
    {
        var date = new StrikeDate(input.Date!.Value, input.DatePrecision!.Value, input.EndDate, input.TimeOfDay, input.EndTime).Normalized();
        strike.OccurredOn = date.Date;
        strike.DatePrecision = date.Precision;
        strike.TimeOfDay = date.StartTime;
        strike.EndsOn = date.End;
        strike.EndTime = date.EndTime;
        strike.DateNote = InputText.Clean(input.DateNote);
        strike.Settlement = InputText.Clean(input.Settlement);
        strike.District = InputText.Clean(input.District);
        strike.Oblast = input.Oblast;
        strike.Latitude = input.Latitude;
        strike.Longitude = input.Longitude;
        strike.LocationPrecision = input.LocationPrecision!.Value;
        strike.OriginStatus = input.OriginStatus!.Value;
        strike.WeaponId = weaponId;
        input.CopyFiguresTo(strike);
        strike.Summary = input.Summary!.Trim();
    }

    private async Task<int?> WeaponIdAsync(string? code, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var lowered = code.Trim().ToLowerInvariant();
        var id = await db.Weapons.Where(w => w.Code == lowered).Select(w => (int?)w.Id).SingleOrDefaultAsync(ct);
        if (id is null)
        {
            errors.Add("missileType", Text.Format("Unknown missile type '{0}'; see GET /api/v1/weapons.", code));
        }

        return id;
    }

    private async Task<List<Reports.Report>> ReportsAsync(List<int>? ids, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        if (ids is null || ids.Count == 0)
        {
            return [];
        }

        var distinct = ids.Distinct().ToList();
        var reports = await db.Reports.StaffView().Where(r => distinct.Contains(r.Id)).ToListAsync(ct);
        foreach (var missing in distinct.Except(reports.Select(r => r.Id)))
        {
            errors.Add("reportIds", Text.Format("There is no report with id {0}.", missing));
        }

        return reports;
    }
}
