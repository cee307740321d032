namespace MissileTracker.Web.Strikes;

/// <summary>A strike that left the public record: deleted (a tombstone), merged into another, or taken back to draft.</summary>
/// <param name="Id">The strike's id; never reused.</param>
/// <param name="RemovedAt">When it left the public record (UTC).</param>
/// <param name="Reason">"deleted", "merged" or "unpublished".</param>
/// <param name="MergedInto">For a merged strike, the strike it was merged into (its id answers 301 there); otherwise null.</param>
public sealed record RemovedStrike(int Id, DateTime RemovedAt, string Reason, int? MergedInto = null);
