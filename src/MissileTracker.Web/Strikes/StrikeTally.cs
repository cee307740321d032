namespace MissileTracker.Web.Strikes;

/// <summary>
/// How many public strikes share an oblast, a weapon, a date and a last day: a count kept by database triggers on
/// <c>Strikes</c> (the migration <c>StrikeTallies</c> creates them), so the timeline's per-day counts and a list's total
/// read a few thousand of these rows instead of every matching strike (a million in the benchmark). "Public" is the
/// strikes' query filters: published and not deleted. Nothing in the app writes it; <see cref="StrikeTallies"/> reads it.
/// </summary>
public sealed class StrikeTally
{
    /// <summary>The oblast's stored name; empty when the strike's oblast is unknown (a key column cannot be null).</summary>
    public string Oblast { get; set; } = "";

    public int WeaponId { get; set; }

    public DateOnly OccurredOn { get; set; }

    /// <summary>The window's last day (<see cref="Strike.EndsOn"/>), or the date itself for a single day.</summary>
    public DateOnly LastDay { get; set; }

    public int Count { get; set; }
}
