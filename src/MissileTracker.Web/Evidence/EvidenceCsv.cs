using System.Globalization;
using MissileTracker.Web.Api;

namespace MissileTracker.Web.Evidence;

/// <summary>
/// The <c>evidence.csv</c> columns (docs/codebook.md): one row per physical evidence record, the examiner's finding
/// verbatim, the citing reports' URLs, each photo's SHA-256 (so a reader can verify a download) and the chain of
/// custody in order. As for the other CSVs, columns are only ever added at the end.
/// </summary>
public static class EvidenceCsv
{
    public static IReadOnlyList<CsvColumn<EvidenceDto>> Columns { get; } =
    [
        new("evidenceId", r => Number(r.Id), IsNumber: true),
        new("strikeId", r => Number(r.StrikeId), IsNumber: true),
        new("component", r => r.Component),
        new("markings", r => r.Markings),
        new("serials", r => r.Serials),
        new("characters", r => r.Characters),
        new("foundAt", r => r.FoundAt),
        new("foundOn", r => r.FoundOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("examinerId", r => r.Examiner is null ? null : Number(r.Examiner.Id), IsNumber: true),
        new("examiner", r => r.Examiner?.Name),
        new("examinedBy", r => r.ExaminedBy),
        new("examinedWhen", r => r.ExaminedWhen),
        new("finding", r => r.Finding),
        new("reportUrls", r => string.Join(' ', r.Reports.Select(x => x.Url).OfType<string>())),
        new("photoSha256", r => string.Join(' ', r.Photos.Select(p => p.Sha256))),
        new("custody", r => string.Join("; ", r.Custody.Select(Step))),
        new("updatedAt", r => r.UpdatedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)),
    ];

    // "CAR (from 2024-01-05) → Ukraine's prosecutors": who held it, from when, and to whom it went, in one readable cell.
    private static string Step(CustodyEventDto step) =>
        step.Holder
        + (step.HeldFrom is { } from ? $" (from {from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})" : "")
        + (step.HandedTo is { } to ? $" → {to}" : "")
        + (step.Note is { } note ? $" [{note}]" : "");

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
