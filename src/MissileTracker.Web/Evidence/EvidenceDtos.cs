using MissileTracker.Web.Api;
using MissileTracker.Web.History;
using MissileTracker.Web.Officials;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Reports;

namespace MissileTracker.Web.Evidence;

/// <summary>A physical evidence record: what was found, who examined it and what they found, its photos and chain of custody.</summary>
/// <param name="Id">The record's id (<c>/api/v1/evidence/{id}</c>).</param>
/// <param name="StrikeId">The strike it comes from.</param>
/// <param name="Component">What was found, e.g. "missile remnants".</param>
/// <param name="Markings">Markings as read, e.g. "112".</param>
/// <param name="Serials">Serial numbers as read.</param>
/// <param name="Characters">Characters or writing on it, e.g. a handwritten Hangeul character.</param>
/// <param name="FoundAt">Where it was found or recovered.</param>
/// <param name="FoundOn">When it was found, if known.</param>
/// <param name="Examiner">The official or body that examined it, when in the officials list.</param>
/// <param name="ExaminedBy">Who examined it, in words.</param>
/// <param name="ExaminedWhen">When it was examined or the finding reported, as the source gives it.</param>
/// <param name="Finding">The examiner's finding, verbatim.</param>
/// <param name="Reports">Reports citing it.</param>
/// <param name="Photos">Photos, each with its SHA-256 and download link.</param>
/// <param name="Custody">The chain of custody, in order.</param>
/// <param name="Status">Published, or Draft (staff reads only).</param>
/// <param name="Version">Concurrency version: send it back with an update.</param>
/// <param name="UpdatedAt">Last change (UTC).</param>
public sealed record EvidenceDto(
    int Id,
    int StrikeId,
    string Component,
    string? Markings,
    string? Serials,
    string? Characters,
    string? FoundAt,
    DateOnly? FoundOn,
    OfficialRef? Examiner,
    string? ExaminedBy,
    string? ExaminedWhen,
    string Finding,
    IReadOnlyList<ReportRef> Reports,
    IReadOnlyList<EvidencePhotoDto> Photos,
    IReadOnlyList<CustodyEventDto> Custody,
    PublicationStatus Status,
    int Version,
    DateTime UpdatedAt)
{
    /// <summary>The record's changes, newest first; only on <c>/api/v1/evidence/{id}</c> (the public sees changes to published content, by "staff").</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<HistoryEntry>? History { get; init; }

    /// <summary>Who examined it, as shown: the official or body, and the words beside it.</summary>
    public string ExaminerText() => string.Join(" — ", new[] { Examiner?.Name, ExaminedBy }.OfType<string>());

    public static EvidenceDto From(EvidenceRecord e, IEnumerable<Report> reports) =>
        new(e.Id, e.StrikeId, e.Component, e.Markings, e.Serials, e.Characters, e.FoundAt, e.FoundOn,
            e.Examiner is null ? null : OfficialRef.From(e.Examiner), e.ExaminedBy, e.ExaminedWhen, e.Finding,
            reports.OrderBy(r => r.PublishedOn == null).ThenBy(r => r.PublishedOn).ThenBy(r => r.Id).Select(ReportRef.From).ToList(),
            e.Photos.OrderBy(p => p.CapturedAt).ThenBy(p => p.Id).Select(EvidencePhotoDto.From).ToList(),
            e.Custody.OrderBy(c => c.Position).Select(CustodyEventDto.From).ToList(),
            e.Status, e.Version, e.UpdatedAt);
}

/// <summary>A photo of an evidence record: check a download against <c>sha256</c> (e.g. with <c>sha256sum</c>).</summary>
/// <param name="Sha256">SHA-256 of the file, 64 lower-case hex digits; also its address.</param>
/// <param name="MediaType">image/png, image/jpeg or application/pdf, found from the content.</param>
/// <param name="SizeBytes">The file's size in bytes.</param>
/// <param name="Caption">What it shows, when said.</param>
/// <param name="CapturedAt">When it was uploaded (UTC).</param>
/// <param name="DownloadUrl">Where to download it (<c>/api/v1/snapshots/{sha256}</c>).</param>
public sealed record EvidencePhotoDto(string Sha256, string MediaType, long SizeBytes, string? Caption, DateTime CapturedAt, string DownloadUrl)
{
    public static EvidencePhotoDto From(EvidencePhoto p) =>
        new(p.Sha256, p.MediaType, p.SizeBytes, p.Caption, p.CapturedAt, $"{TrackerApi.Prefix}/snapshots/{p.Sha256}");
}

/// <summary>One step of the chain of custody.</summary>
/// <param name="Holder">Who held it.</param>
/// <param name="HeldFrom">From when, if known.</param>
/// <param name="HandedTo">To whom they handed it, if they did.</param>
/// <param name="Note">A note on the step.</param>
public sealed record CustodyEventDto(string Holder, DateOnly? HeldFrom, string? HandedTo, string? Note)
{
    public static CustodyEventDto From(CustodyEvent c) => new(c.Holder, c.HeldFrom, c.HandedTo, c.Note);
}
