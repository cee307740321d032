using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Sources;

namespace MissileTracker.Web.Evidence;

/// <summary>Creates and edits physical evidence records and attaches their photos, for the editor pages and the write API alike.</summary>
public sealed class EvidenceEditor(TrackerDbContext db, SnapshotStore store, Microsoft.Extensions.Options.IOptions<SnapshotSettings> settings,
    TimeProvider clock, IServiceProvider services)
{
    /// <summary>The form field and API part that carries a photo.</summary>
    public const string FileField = "file";

    public async Task<EditResult<EvidenceRecord>> CreateAsync(EvidenceInput input, EditingUser editor, CancellationToken ct)
    {
        var errors = await ValidateAsync(input, ct);
        if (errors.Count > 0)
        {
            return new EditResult<EvidenceRecord>.Invalid(errors);
        }

        var record = new EvidenceRecord { Component = "", Finding = "", Status = PublicationStatus.Draft };
        Apply(record, input);
        db.Author = editor.Author;
        db.EvidenceRecords.Add(record);
        await db.SaveChangesAsync(ct);
        return new EditResult<EvidenceRecord>.Done(record);
    }

    /// <summary>Replaces the record's fields, reports and custody; a published record is a reviewer's to change.</summary>
    public async Task<EditResult<EvidenceRecord>> UpdateAsync(int id, EvidenceInput input, EditingUser editor, CancellationToken ct)
    {
        var record = await db.EvidenceRecords.StaffView().Include(e => e.Reports).Include(e => e.Custody).SingleOrDefaultAsync(e => e.Id == id, ct);
        if (record is null)
        {
            return new EditResult<EvidenceRecord>.NotFound();
        }

        if (record.Status == PublicationStatus.Published && !editor.IsReviewer)
        {
            return new EditResult<EvidenceRecord>.Forbidden("This evidence record is published; only a reviewer can change it.");
        }

        if (input.Version is not { } version)
        {
            return new EditResult<EvidenceRecord>.Invalid(new Dictionary<string, string[]> { ["version"] = ["Give the version you edited (from the last read)."] });
        }

        var errors = await ValidateAsync(input, ct);
        if (errors.Count > 0)
        {
            return new EditResult<EvidenceRecord>.Invalid(errors);
        }

        db.ExpectVersion(record, version);
        Apply(record, input);
        db.Author = editor.Author;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await db.EvidenceRecords.IgnoreQueryFilters().AsNoTracking().Where(e => e.Id == id).Select(e => e.Version).SingleAsync(ct);
            return new EditResult<EvidenceRecord>.Conflict(current, $"Someone else saved this evidence record after you opened it (now version {current}).");
        }

        return new EditResult<EvidenceRecord>.Done(record);
    }

    /// <summary>Stores a photo (PNG, JPEG or PDF, recognised by its content) in the snapshot store and attaches it to the record.</summary>
    public async Task<EditResult<EvidencePhoto>> AddPhotoAsync(int id, Stream content, string? declaredType, string? caption, EditingUser editor, CancellationToken ct)
    {
        var record = await db.EvidenceRecords.StaffView().SingleOrDefaultAsync(e => e.Id == id, ct);
        if (record is null)
        {
            return new EditResult<EvidencePhoto>.NotFound();
        }

        if (record.Status == PublicationStatus.Published && !editor.IsReviewer)
        {
            return new EditResult<EvidencePhoto>.Forbidden("This evidence record is published; only a reviewer can add to it.");
        }

        var max = settings.Value.MaxBytes;
        var bytes = await BoundedRead.ReadAtMostAsync(content, max, ct);
        var mediaType = bytes is { Length: > 0 } ? SnapshotMediaTypes.Detect(bytes) : null;
        var problem = (bytes, mediaType) switch
        {
            (null, _) => $"The file is larger than {max:N0} bytes.",
            ({ Length: 0 }, _) => "Choose a file: this one is empty.",
            (_, SnapshotMediaTypes.Png or SnapshotMediaTypes.Jpeg or SnapshotMediaTypes.Pdf) when !SnapshotMediaTypes.Agrees(declaredType, mediaType) =>
                $"The file is declared as {declaredType} but its content is {mediaType}: it is refused.",
            (_, SnapshotMediaTypes.Png or SnapshotMediaTypes.Jpeg or SnapshotMediaTypes.Pdf) => null,
            _ => "A photo must be PNG or JPEG (or a PDF): its content says otherwise, whatever its name.",
        };
        if (problem is not null)
        {
            return new EditResult<EvidencePhoto>.Invalid(new Dictionary<string, string[]> { [FileField] = [problem] });
        }

        if (InputText.Clean(caption) is { Length: > 500 })
        {
            return new EditResult<EvidencePhoto>.Invalid(new Dictionary<string, string[]> { ["caption"] = ["At most 500 characters."] });
        }

        if (TextCharacters.Problem(caption, multiLine: false) is { } captionProblem)
        {
            return new EditResult<EvidencePhoto>.Invalid(new Dictionary<string, string[]> { ["caption"] = [captionProblem] });
        }

        var hash = SnapshotStore.HashOf(bytes!);
        if (await db.EvidencePhotos.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(p => p.EvidenceRecordId == id && p.Sha256 == hash, ct) is { } same)
        {
            return new EditResult<EvidencePhoto>.Duplicate(same.Id, $"This record already has this photo (SHA-256 {hash}).");
        }

        // The file first: a row never points at a file that is not there.
        await store.SaveAsync(bytes!, ct);
        var photo = new EvidencePhoto
        {
            EvidenceRecord = record, Sha256 = hash, MediaType = mediaType!, SizeBytes = bytes!.LongLength, Caption = InputText.Clean(caption),
            CapturedAt = clock.GetUtcNow().UtcDateTime, CapturedBy = editor.UserName,
        };
        db.Author = editor.Author;
        db.EvidencePhotos.Add(photo);
        await db.SaveChangesAsync(ct);
        return new EditResult<EvidencePhoto>.Done(photo);
    }

    private async Task<Dictionary<string, string[]>> ValidateAsync(EvidenceInput input, CancellationToken ct)
    {
        var errors = InputValidation.Validate(input, services);
        if (input.StrikeId is { } strikeId && !await db.Strikes.StaffView().AnyAsync(s => s.Id == strikeId && s.MergedIntoId == null, ct))
        {
            errors.Add("strikeId", $"There is no strike {strikeId}.");
        }

        if (input.ExaminerId is { } examinerId && !await db.Officials.AnyAsync(o => o.Id == examinerId, ct))
        {
            errors.Add("examinerId", $"There is no official or body {examinerId}.");
        }

        var reportIds = input.ReportIds.Distinct().ToList();
        var known = await db.Reports.StaffView().Where(r => reportIds.Contains(r.Id)).Select(r => r.Id).ToListAsync(ct);
        foreach (var missing in reportIds.Except(known))
        {
            errors.Add("reportIds", $"There is no report {missing}.");
        }

        return errors;
    }

    private void Apply(EvidenceRecord record, EvidenceInput input)
    {
        record.StrikeId = input.StrikeId!.Value;
        record.Component = input.Component!.Trim();
        record.Markings = InputText.Clean(input.Markings);
        record.Serials = InputText.Clean(input.Serials);
        record.Characters = InputText.Clean(input.Characters);
        record.FoundAt = InputText.Clean(input.FoundAt);
        record.FoundOn = input.FoundOn;
        record.ExaminerId = input.ExaminerId;
        record.ExaminedBy = InputText.Clean(input.ExaminedBy);
        record.ExaminedWhen = InputText.Clean(input.ExaminedWhen);
        record.Finding = input.Finding!.Trim();

        var reportIds = input.ReportIds.Distinct().ToList();
        record.Reports.RemoveAll(r => !reportIds.Contains(r.ReportId));
        foreach (var reportId in reportIds.Where(r => record.Reports.All(x => x.ReportId != r)))
        {
            record.Reports.Add(new EvidenceReport { EvidenceRecord = record, ReportId = reportId });
        }

        // Custody steps are matched by position, so an edit of one step is logged as that step's changed fields.
        for (var i = 0; i < input.Custody.Count; i++)
        {
            var step = record.Custody.SingleOrDefault(c => c.Position == i + 1);
            if (step is null)
            {
                step = new CustodyEvent { EvidenceRecord = record, Position = i + 1, Holder = "" };
                record.Custody.Add(step);
            }

            step.Holder = input.Custody[i].Holder!.Trim();
            step.HeldFrom = input.Custody[i].HeldFrom;
            step.HandedTo = InputText.Clean(input.Custody[i].HandedTo);
            step.Note = InputText.Clean(input.Custody[i].Note);
        }

        foreach (var removed in record.Custody.Where(c => c.Position > input.Custody.Count).ToList())
        {
            record.Custody.Remove(removed);
            db.CustodyEvents.Remove(removed);
        }
    }
}
