using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MissileTracker.Web.Data;

/// <summary>
/// Every stored timestamp is UTC. SQLite keeps no kind, so values read back are marked UTC
/// (and serialise with a trailing Z); values written are converted to UTC first.
/// Values are also rounded up to whole microseconds, PostgreSQL's resolution, so both providers
/// store (and compare against) the same instants: without it PostgreSQL truncates a parameter such
/// as <c>updatedSince = last + 1 tick</c> back to <c>last</c>, and <c>&gt;=</c> matches the row again.
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => ToStored(value),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc))
{
    private static DateTime ToStored(DateTime value)
    {
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc);
        var extra = utc.Ticks % 10;
        return extra == 0 || utc.Ticks > DateTime.MaxValue.Ticks - 10 ? utc : new DateTime(utc.Ticks - extra + 10, DateTimeKind.Utc);
    }
}
