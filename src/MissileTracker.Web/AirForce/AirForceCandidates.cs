using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Localization;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Strikes;
using MissileTracker.Web.Weapons;

namespace MissileTracker.Web.AirForce;

/// <summary>What the cross-reference needs of a strike.</summary>
public sealed record StrikeFacts(int Id, DateOnly OccurredOn, DateOnly? EndsOn, TimeOnly? TimeOfDay, DatePrecision Precision, Oblast? Oblast, string WeaponCode, string Summary);

/// <summary>A strike and an Air Force row that may report on it, with the score and the reasons behind it.</summary>
/// <param name="Strike">The strike.</param>
/// <param name="Row">The row.</param>
/// <param name="Score">0-100 (<see cref="AirForceCandidates.Score"/>).</param>
/// <param name="Reasons">Why, one phrase per rule: in English in the API, in the page's language on the editors' page.</param>
/// <param name="Decision">An editor's decision, when one was made.</param>
public sealed record AirForceCandidate(StrikeFacts Strike, AirForceRowDto Row, int Score, IReadOnlyList<string> Reasons, AirForceLinkDecision? Decision);

/// <summary>
/// Candidate links between strikes and Air Force rows. A pair is a candidate only when all three hold: the strike's
/// date lies inside the row's window (and its time, when both are known), the weapon sets are compatible
/// (<see cref="WeaponAgreement"/>), and the strike's oblast is among the row's targets or the target is "Ukraine".
/// The score (docs/methodology.md) adds: oblast named 40, or "Ukraine" 10; the strike's type named by the label 30, or
/// compatible only through an ambiguous label or family 15; the strike's time inside the window's times 30, or
/// either time unknown 15. Strikes dated only to a month or approximately are never candidates.
/// </summary>
public sealed class AirForceCandidates(TrackerDbContext db)
{
    /// <summary>How many candidates the editors' page lists at most.</summary>
    public const int MaxListed = 500;

    /// <summary>The score and reasons of a pair, or null when it is not a candidate.</summary>
    public static (int Score, IReadOnlyList<string> Reasons)? Score(StrikeFacts strike, AirForceReportRow row, AirForceReport report)
    {
        if (strike.Precision is DatePrecision.Month or DatePrecision.Approximate || row.WeaponCodes.Count == 0)
        {
            return null;
        }

        var last = strike.EndsOn ?? strike.OccurredOn;
        if (strike.OccurredOn > report.EndsOn || last < report.StartsOn)
        {
            return null;
        }

        var reasons = new List<string>();
        var score = 0;
        if (strike.Oblast is { } oblast && row.TargetOblasts.Contains(oblast.ToString()))
        {
            score += 40;
            reasons.Add(Text.Format("target names {0}", Oblasts.LocalNameOf(oblast)));
        }
        else if (row.TargetsUkraine)
        {
            score += 10;
            reasons.Add(Text.Of("target is Ukraine"));
        }
        else
        {
            return null;
        }

        if (row.WeaponCodes.Contains(strike.WeaponCode))
        {
            score += 30;
            reasons.Add(Text.Of("label names the strike's type"));
        }
        else if (WeaponAgreement.Agree(row.WeaponCodes, [strike.WeaponCode]))
        {
            score += 15;
            reasons.Add(Text.Of("types compatible through an ambiguous label or family"));
        }
        else
        {
            return null;
        }

        if (strike.TimeOfDay is { } time && strike.Precision == DatePrecision.Day && (report.StartTime is not null || report.EndTime is not null))
        {
            var moment = strike.OccurredOn.ToDateTime(time);
            var start = report.StartsOn.ToDateTime(report.StartTime ?? TimeOnly.MinValue);
            var end = report.EndsOn.ToDateTime(report.EndTime ?? TimeOnly.MaxValue);
            if (moment < start || moment > end)
            {
                return null;
            }

            score += 30;
            reasons.Add(Text.Of("time inside the window"));
        }
        else
        {
            score += 15;
            reasons.Add(Text.Of("date inside the window (time not compared)"));
        }

        return (score, reasons);
    }

    /// <summary>
    /// The candidates among current rows (not vanished) and strikes that are not deleted (drafts included: editors link
    /// before publishing), best first; only for one strike when <paramref name="strikeId"/> is given.
    /// </summary>
    public async Task<IReadOnlyList<AirForceCandidate>> ListAsync(int? strikeId, bool undecidedOnly, CancellationToken ct)
    {
        var rows = await db.AirForceReportRows.AsNoTracking().Include(r => r.Report)
            .Where(r => r.VanishedAt == null)
            .ToListAsync(ct);
        rows = rows.Where(r => r.WeaponCodes.Count > 0).ToList();
        if (rows.Count == 0)
        {
            return [];
        }

        var first = rows.Min(r => r.Report.StartsOn);
        var lastDay = rows.Max(r => r.Report.EndsOn);
        var strikes = db.Strikes.StaffView().AsNoTracking()
            .Where(s => s.OccurredOn <= lastDay && (s.EndsOn ?? s.OccurredOn) >= first);
        if (strikeId is { } id)
        {
            strikes = strikes.Where(s => s.Id == id);
        }

        var facts = await strikes
            .Select(s => new StrikeFacts(s.Id, s.OccurredOn, s.EndsOn, s.TimeOfDay, s.DatePrecision, s.Oblast, s.Weapon.Code, s.Summary))
            .ToListAsync(ct);
        var decisions = await db.AirForceLinks.StaffView().AsNoTracking()
            .Select(l => new { l.StrikeId, l.RowId, l.Decision })
            .ToDictionaryAsync(l => (l.StrikeId, l.RowId), l => l.Decision, ct);

        // Strikes by day, so each row looks only at the days of its window: rows × days, not rows × strikes.
        var byDay = new Dictionary<DateOnly, List<StrikeFacts>>();
        foreach (var strike in facts)
        {
            for (var day = strike.OccurredOn; day <= (strike.EndsOn ?? strike.OccurredOn); day = day.AddDays(1))
            {
                (byDay.TryGetValue(day, out var list) ? list : byDay[day] = []).Add(strike);
            }
        }

        var candidates = new List<AirForceCandidate>();
        foreach (var row in rows)
        {
            var seen = new HashSet<int>();
            for (var day = row.Report.StartsOn; day <= row.Report.EndsOn; day = day.AddDays(1))
            {
                foreach (var strike in byDay.GetValueOrDefault(day) ?? [])
                {
                    if (!seen.Add(strike.Id) || Score(strike, row, row.Report) is not { } scored)
                    {
                        continue;
                    }

                    var decision = decisions.TryGetValue((strike.Id, row.Id), out var d) ? d : (AirForceLinkDecision?)null;
                    if (!undecidedOnly || decision is null)
                    {
                        candidates.Add(new AirForceCandidate(strike, AirForceRowDto.From(row, []), scored.Score, scored.Reasons, decision));
                    }
                }
            }
        }

        return candidates.OrderByDescending(c => c.Score).ThenByDescending(c => c.Strike.OccurredOn).ThenBy(c => c.Strike.Id).ThenBy(c => c.Row.Id)
            .Take(MaxListed).ToList();
    }
}
