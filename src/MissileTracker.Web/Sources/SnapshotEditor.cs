using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MissileTracker.Web.Data;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Localization;

namespace MissileTracker.Web.Sources;

/// <summary>Attaches snapshots to reports: an editor's upload, or a capture of the report's URL by <see cref="SourceFetcher"/>.</summary>
public sealed class SnapshotEditor(TrackerDbContext db, SnapshotStore store, SourceFetcher fetcher, IOptions<SnapshotSettings> settings, TimeProvider clock)
{
    /// <summary>The form field and API part that carries an uploaded file; errors about it are keyed by this name.</summary>
    public const string FileField = "file";

    /// <summary>The key of errors about fetching the report's URL.</summary>
    public const string UrlField = "url";

    public long MaxBytes => settings.Value.MaxBytes;

    /// <summary>Stores an uploaded file for report <paramref name="reportId"/>, its type taken from its content.</summary>
    /// <param name="reportId">The report (a draft or published, not deleted).</param>
    /// <param name="content">The file's bytes; read up to one byte past the limit.</param>
    /// <param name="declaredType">The Content-Type the sender gave the file: must agree with the content when it names an accepted type.</param>
    /// <param name="editor">Who uploads.</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<EditResult<ReportSnapshot>> UploadAsync(int reportId, Stream content, string? declaredType, EditingUser editor, CancellationToken ct)
    {
        if (!await ReportExistsAsync(reportId, ct))
        {
            return new EditResult<ReportSnapshot>.NotFound();
        }

        var bytes = await BoundedRead.ReadAtMostAsync(content, MaxBytes, ct);
        if (bytes is null)
        {
            return Invalid(FileField, Text.Format("The file is larger than {0:N0} bytes.", MaxBytes));
        }

        if (bytes.Length == 0)
        {
            return Invalid(FileField, Text.Of("Choose a file: this one is empty."));
        }

        if (SnapshotMediaTypes.Detect(bytes) is not { } mediaType)
        {
            return Invalid(FileField, Text.Of("The file is not HTML, PDF, PNG, JPEG or plain text (UTF-8): its content says so, whatever its name."));
        }

        if (!SnapshotMediaTypes.Agrees(declaredType, mediaType))
        {
            return Invalid(FileField, Text.Format("The file is declared as {0} but its content is {1}: it is refused.", declaredType, mediaType));
        }

        return await AttachAsync(reportId, bytes, mediaType, SnapshotOrigin.Upload, null, editor, ct);
    }

    /// <summary>Fetches report <paramref name="reportId"/>'s URL and stores what came back as a snapshot.</summary>
    public async Task<EditResult<ReportSnapshot>> CaptureAsync(int reportId, EditingUser editor, CancellationToken ct)
    {
        var report = await db.Reports.StaffView().AsNoTracking().SingleOrDefaultAsync(r => r.Id == reportId, ct);
        if (report is null)
        {
            return new EditResult<ReportSnapshot>.NotFound();
        }

        if (report.Url is null)
        {
            return Invalid(UrlField, Text.Of("The report has no URL to capture."));
        }

        var fetched = await fetcher.FetchAsync(report.Url, MaxBytes, readBody: true, ct);
        if (fetched.Error is { } error)
        {
            return Invalid(UrlField, error);
        }

        if (!fetched.Succeeded || fetched.Body is null)
        {
            return Invalid(UrlField, Text.Format("{0} answered {1}: nothing to keep.", fetched.FinalUrl, fetched.StatusCode));
        }

        if (fetched.Body.Length == 0 || SnapshotMediaTypes.Detect(fetched.Body) is not { } mediaType)
        {
            return Invalid(UrlField, Text.Of("The page is not HTML, PDF, PNG, JPEG or plain text (UTF-8); save it yourself and upload it."));
        }

        return await AttachAsync(reportId, fetched.Body, mediaType, SnapshotOrigin.Capture, fetched.FinalUrl, editor, ct);
    }

    private async Task<EditResult<ReportSnapshot>> AttachAsync(int reportId, byte[] bytes, string mediaType, SnapshotOrigin origin, Uri? sourceUrl,
        EditingUser editor, CancellationToken ct)
    {
        var hash = SnapshotStore.HashOf(bytes);
        if (await db.ReportSnapshots.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(s => s.ReportId == reportId && s.Sha256 == hash, ct) is { } same)
        {
            return new EditResult<ReportSnapshot>.Duplicate(same.Id, Text.Format("This report already has this file (SHA-256 {0}).", hash));
        }

        // The file first: a row never points at a file that is not there (a file without a row is only unused).
        await store.SaveAsync(bytes, ct);
        var snapshot = new ReportSnapshot
        {
            // The report itself, so the change log knows whether the public sees this upload in the report's history.
            Report = await db.Reports.StaffView().SingleAsync(r => r.Id == reportId, ct),
            Sha256 = hash,
            MediaType = mediaType,
            SizeBytes = bytes.LongLength,
            Origin = origin,
            SourceUrl = sourceUrl,
            CapturedAt = clock.GetUtcNow().UtcDateTime,
            CapturedBy = editor.UserName,
        };
        db.Author = editor.Author;
        db.ReportSnapshots.Add(snapshot);
        await db.SaveChangesAsync(ct);
        return new EditResult<ReportSnapshot>.Done(snapshot);
    }

    private Task<bool> ReportExistsAsync(int reportId, CancellationToken ct) => db.Reports.StaffView().AnyAsync(r => r.Id == reportId, ct);

    private static EditResult<ReportSnapshot> Invalid(string field, string message) =>
        new EditResult<ReportSnapshot>.Invalid(new Dictionary<string, string[]> { [field] = [message] });
}
