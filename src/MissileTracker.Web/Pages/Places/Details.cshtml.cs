using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.History;
using MissileTracker.Web.Places;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.Pages.Places;

/// <summary>A place (published ones only) and the published strikes recorded at it, newest first.</summary>
public sealed class DetailsModel(TrackerDbContext db, StrikeQueries strikes) : PageModel
{
    /// <summary>At most this many strikes are listed; the timeline link shows them all.</summary>
    public const int MaxStrikes = 500;

    public Place Place { get; private set; } = null!;
    public PlaceCandidate Summary { get; private set; } = null!;
    public IReadOnlyList<StrikeAtPlace> Strikes { get; private set; } = [];
    public int Total { get; private set; }

    /// <summary>The public change log of an editor-added place (shipped gazetteer places have none).</summary>
    public IReadOnlyList<HistoryEntry> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await db.Places.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct) is not { } place)
        {
            return NotFound();
        }

        Place = place;
        Summary = PlaceCandidate.Of(place);
        if (place.EditorAdded)
        {
            History = await db.HistoryOfAsync(nameof(Place), id, staff: false, ct);
        }

        var filter = new StrikeFilter { PlaceIds = [id] };
        Total = await strikes.CountAsync(filter, ct);
        Strikes = (await strikes.Matching(filter).OrderBy(StrikeSort.DateDescending).Take(MaxStrikes)
                .Select(s => new { Strike = s, Precision = s.Places.Where(p => p.PlaceId == id).Select(p => p.Precision).First() })
                .ToListAsync(ct))
            .Select(x => new StrikeAtPlace(x.Strike.Id, x.Strike.Date.ToString(), StrikeLocation.Of(x.Strike).Text, x.Precision))
            .ToList();
        return Page();
    }
}

/// <summary>A strike as a place page lists it: how precisely it is known at this place.</summary>
public sealed record StrikeAtPlace(int Id, string DateText, string Location, LocationPrecision Precision);
