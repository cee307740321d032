namespace MissileTracker.Web.Evidence;

/// <summary>A photo of an evidence record; the bytes are in the snapshot store under <see cref="Sha256"/>.</summary>
public sealed class EvidencePhoto
{
    public int Id { get; set; }

    public int EvidenceRecordId { get; set; }
    public EvidenceRecord EvidenceRecord { get; set; } = null!;

    /// <summary>SHA-256 of the file, 64 lower-case hex digits: its address in the store and what a reader checks.</summary>
    public required string Sha256 { get; set; }

    /// <summary>The type found in the content: image/png, image/jpeg or application/pdf.</summary>
    public required string MediaType { get; set; }

    public long SizeBytes { get; set; }

    /// <summary>What the photo shows, when said.</summary>
    public string? Caption { get; set; }

    public DateTime CapturedAt { get; set; }

    /// <summary>The staff account that uploaded it (shown to staff only).</summary>
    public required string CapturedBy { get; set; }
}
