using MissileTracker.Web.Api;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Releases;

/// <summary>
/// Says on every public API read what data it comes from, so a saved response can be matched to a release or to
/// the live data: <c>X-Data-Version</c> (the change log's newest entry: every edit, publication and import moves it)
/// and <c>X-Data-Release</c> (<c>unreleased</c> for the live data; a release's files carry their version instead).
/// A live export's file name says the same, since a saved file keeps no headers.
/// </summary>
internal sealed class DataVersionHeaders(AggregateCache aggregates) : IEndpointFilter
{
    public const string VersionHeader = "X-Data-Version";
    public const string ReleaseHeader = "X-Data-Release";
    public const string Unreleased = "unreleased";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var headers = context.HttpContext.Response.Headers;
        var version = await aggregates.DataVersionAsync(context.HttpContext.RequestAborted);
        headers[VersionHeader] = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        headers[ReleaseHeader] = Unreleased;
        var result = await next(context);
        if (result is StreamedResult streamed && streamed.Headers.TryGetValue(ContentDisposition, out var disposition))
        {
            // A saved file loses its headers: its name says what it is ("strikes-unreleased-v1234.csv").
            streamed.Headers[ContentDisposition] = LabelFileName(disposition, version);
        }

        return result;
    }

    private const string ContentDisposition = "Content-Disposition";

    /// <summary><c>attachment; filename="strikes.csv"</c> → <c>attachment; filename="strikes-unreleased-v1234.csv"</c>.</summary>
    public static string LabelFileName(string disposition, long version)
    {
        var parsed = Microsoft.Net.Http.Headers.ContentDispositionHeaderValue.Parse(disposition);
        var name = parsed.FileName.Value?.Trim('"');
        if (string.IsNullOrEmpty(name))
        {
            return disposition;
        }

        var dot = name.LastIndexOf('.');
        var label = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"-{Unreleased}-v{version}");
        parsed.FileName = '"' + (dot < 0 ? name + label : name[..dot] + label + name[dot..]) + '"';
        return parsed.ToString();
    }
}
