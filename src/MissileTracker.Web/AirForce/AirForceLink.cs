using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.AirForce;

/// <summary>
/// An editor's decision on a candidate link between a strike and an Air Force row. Candidates themselves are computed
/// (<see cref="AirForceCandidates"/>); only decisions are stored, and the change log records each one.
/// </summary>
public sealed class AirForceLink
{
    public int Id { get; set; }

    public int StrikeId { get; set; }
    public Strike Strike { get; set; } = null!;

    public int RowId { get; set; }
    public AirForceReportRow Row { get; set; } = null!;

    public AirForceLinkDecision Decision { get; set; }

    /// <summary>The candidate's score when the editor decided (<see cref="AirForceCandidates.Score"/>).</summary>
    public int Score { get; set; }

    public string DecidedBy { get; set; } = "";
    public DateTime DecidedAt { get; set; }
}

public enum AirForceLinkDecision
{
    Confirmed,
    Rejected,
}
