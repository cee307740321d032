namespace MissileTracker.Web.Strikes;

/// <summary>A strike that left the public record: deleted (a tombstone) or taken back to draft.</summary>
/// <param name="Id">The strike's id; never reused.</param>
/// <param name="RemovedAt">When it left the public record (UTC).</param>
/// <param name="Reason">"deleted" or "unpublished".</param>
public sealed record RemovedStrike(int Id, DateTime RemovedAt, string Reason);
