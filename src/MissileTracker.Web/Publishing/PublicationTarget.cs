using System.Globalization;

namespace MissileTracker.Web.Publishing;

/// <summary>A record a reviewer picked for publication, and the version they saw.</summary>
/// <param name="Kind">Strike, Report or Statement.</param>
/// <param name="Id">The record's id.</param>
/// <param name="SeenVersion">The version the reviewer looked at; null accepts whatever is stored.</param>
public sealed record PublicationTarget(string Kind, int Id, int? SeenVersion)
{
    public static readonly string[] Kinds = ["Strike", "Report", "Statement"];

    /// <summary>The form value of a desk checkbox: <c>Kind:Id:Version</c>.</summary>
    public string FormValue => SeenVersion is { } v ? $"{Kind}:{Id}:{v.ToString(CultureInfo.InvariantCulture)}" : $"{Kind}:{Id}";

    public static PublicationTarget? Parse(string? value)
    {
        var parts = (value ?? "").Split(':');
        if (parts.Length is < 2 or > 3 || !Kinds.Contains(parts[0], StringComparer.Ordinal)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        if (parts.Length == 2)
        {
            return new(parts[0], id, null);
        }

        return int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? new(parts[0], id, version) : null;
    }
}

/// <summary>What happened to one record of a bulk publication.</summary>
/// <param name="Kind">Strike, Report or Statement.</param>
/// <param name="Id">The record's id.</param>
/// <param name="Published">True when this call published it; false when it was left as it was.</param>
/// <param name="Detail">Why it was not published (empty when it was).</param>
public sealed record PublicationOutcome(string Kind, int Id, bool Published, string Detail);
