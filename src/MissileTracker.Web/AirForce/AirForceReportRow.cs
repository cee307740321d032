using MissileTracker.Web.Data;

namespace MissileTracker.Web.AirForce;

/// <summary>
/// One row of the Air Force dataset: what one post said about one weapon label in its window. A launch count for the
/// whole country, not an impact: it is linked to strikes only when an editor confirms a candidate
/// (<see cref="AirForceLink"/>). Identified by <see cref="ContentKey"/>, never by its line in the file.
/// </summary>
public sealed class AirForceReportRow : ITimestamped
{
    public int Id { get; set; }

    public int ReportId { get; set; }
    public AirForceReport Report { get; set; } = null!;

    /// <summary>SHA-256 (hex) of the content keys: post, window, label, launch place and target (<see cref="AirForceCsv.ContentKey"/>).</summary>
    public string ContentKey { get; set; } = "";

    /// <summary>The <c>model</c> cell verbatim, e.g. "Iskander-M/KN-23" or "X-47 Kinzhal and Iskander-M/KN-23".</summary>
    public string Label { get; set; } = "";

    /// <summary>The catalogue types the label names (<see cref="AirForceLabels"/>); empty when no part is in the catalogue.</summary>
    public List<string> WeaponCodes { get; set; } = [];

    /// <summary>Parts of the label the catalogue does not know, kept so nothing is silently dropped.</summary>
    public List<string> UnknownLabelParts { get; set; } = [];

    public LabelMatch LabelMatch { get; set; }

    /// <summary>Whether the label says North Korean, could mean it (ambiguous), or cannot.</summary>
    public NorthKoreanReading NorthKorean { get; set; }

    public int? Launched { get; set; }
    public int? Destroyed { get; set; }
    public int? NotReachedTarget { get; set; }
    public int? StillAttacking { get; set; }
    public int? BorderCrossing { get; set; }
    public bool? IsShahed { get; set; }
    public int? HitLocations { get; set; }
    public int? FallenFragmentLocations { get; set; }
    public string? Carrier { get; set; }
    public int? Turbojet { get; set; }
    public int? TurbojetDestroyed { get; set; }

    /// <summary>The <c>launch_place</c> cell verbatim.</summary>
    public string? LaunchPlace { get; set; }

    /// <summary>The launch places, split on " and ".</summary>
    public List<string> LaunchPlaces { get; set; } = [];

    /// <summary>The <c>target</c> cell verbatim.</summary>
    public string? Target { get; set; }

    /// <summary>The targets, split on " and ".</summary>
    public List<string> Targets { get; set; } = [];

    /// <summary>The oblasts (by <see cref="Geography.Oblast"/> name) the targets name; the cross-reference matches strikes on these.</summary>
    public List<string> TargetOblasts { get; set; } = [];

    /// <summary>
    /// <see cref="TargetOblasts"/> as "|Kharkiv|Kyiv|": what the oblast filter searches in SQL, the same way on both
    /// providers (the list itself is stored as JSON text).
    /// </summary>
    public string TargetOblastKeys { get; set; } = "";

    /// <summary>True when a target is "Ukraine": the whole country, so any oblast can match.</summary>
    public bool TargetsUkraine { get; set; }

    public string? TargetMain { get; set; }
    public string? AffectedRegion { get; set; }

    // The *_details cells, Python-dict-like text ({'south': 49, 'east': NaN}), kept verbatim: read by people, not parsed.
    public string? DestroyedDetails { get; set; }
    public string? LaunchedDetails { get; set; }
    public string? LaunchPlaceDetails { get; set; }

    /// <summary>The data row (from 1) in the import that last added or changed the row: to find it there, not its identity.</summary>
    public int RowNumber { get; set; }

    /// <summary>The import that added the row.</summary>
    public int FirstImportId { get; set; }

    /// <summary>The import that last changed the row (or added it).</summary>
    public int LastImportId { get; set; }

    /// <summary>When an import found the row gone from the dataset; null while the dataset holds it. Such rows are flagged, never deleted.</summary>
    public DateTime? VanishedAt { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>How a label matched the weapon catalogue.</summary>
public enum LabelMatch
{
    /// <summary>One catalogue type, named as such ("KN-23").</summary>
    Exact,

    /// <summary>One catalogue label that names more than one possible system ("Iskander-M/KN-23").</summary>
    Ambiguous,

    /// <summary>Several weapons joined with " and " ("X-47 Kinzhal and Iskander-M/KN-23"); the counts cover them together.</summary>
    Combined,

    /// <summary>No part of the label is in the catalogue.</summary>
    Unknown,
}

/// <summary>What a label says about North Korean origin, read from the catalogue, never decided by the importer.</summary>
public enum NorthKoreanReading
{
    /// <summary>No reading of the label is a North Korean type.</summary>
    None,

    /// <summary>Some reading is North Korean and some is not ("Iskander-M/KN-23").</summary>
    Possible,

    /// <summary>The label names a North Korean type outright ("KN-23").</summary>
    Confirmed,
}
