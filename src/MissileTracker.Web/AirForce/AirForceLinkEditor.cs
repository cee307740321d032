using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Publishing;

namespace MissileTracker.Web.AirForce;

/// <summary>An editor confirms or rejects a candidate link; the change log records each decision on the strike.</summary>
public sealed class AirForceLinkEditor(TrackerDbContext db, TimeProvider clock)
{
    public async Task<EditResult<AirForceLink>> DecideAsync(int strikeId, int rowId, AirForceLinkDecision decision, EditingUser user, CancellationToken ct)
    {
        var strike = await db.Strikes.StaffView().Include(s => s.Weapon).SingleOrDefaultAsync(s => s.Id == strikeId, ct);
        var row = await db.AirForceReportRows.Include(r => r.Report).SingleOrDefaultAsync(r => r.Id == rowId, ct);
        if (strike is null || row is null)
        {
            return new EditResult<AirForceLink>.NotFound();
        }

        var facts = new StrikeFacts(strike.Id, strike.OccurredOn, strike.EndsOn, strike.TimeOfDay, strike.DatePrecision, strike.Oblast, strike.Weapon.Code, strike.Summary);
        var scored = AirForceCandidates.Score(facts, row, row.Report);
        var link = await db.AirForceLinks.StaffView().SingleOrDefaultAsync(l => l.StrikeId == strikeId && l.RowId == rowId, ct);
        if (scored is null && decision == AirForceLinkDecision.Confirmed)
        {
            return new EditResult<AirForceLink>.Invalid(new Dictionary<string, string[]>
            {
                ["rowId"] = ["This row is not a candidate for the strike: its window, weapon label or targets do not fit the strike."],
            });
        }

        if (link is null)
        {
            link = new AirForceLink { StrikeId = strikeId, RowId = rowId, Strike = strike, Row = row };
            db.AirForceLinks.Add(link);
        }

        link.Decision = decision;
        link.Score = scored?.Score ?? 0;
        link.DecidedBy = user.UserName;
        link.DecidedAt = clock.GetUtcNow().UtcDateTime;
        db.Author = user.Author;
        await db.SaveChangesAsync(ct);
        return new EditResult<AirForceLink>.Done(link);
    }
}
