using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MissileTracker.Web.Data;

/// <summary>
/// Every stored timestamp is UTC. SQLite keeps no kind, so values read back are marked UTC
/// (and serialise with a trailing Z); values written are converted to UTC first.
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
