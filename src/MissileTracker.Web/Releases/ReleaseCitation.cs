using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;

namespace MissileTracker.Web.Releases;

/// <summary>How to cite a release: a sentence for the pages and a <c>CITATION.cff</c> (Citation File Format 1.2.0) in the release.</summary>
public sealed class ReleaseCitation(IOptions<ReleaseOptions> options)
{
    /// <summary>"MissileTracker contributors (2026). Title (Version 2026.12) [Data set]. https://…/releases/2026.12"</summary>
    public string Text(ReleaseManifest manifest, string? baseUrl)
    {
        var settings = options.Value;
        var text = $"{settings.Author} ({manifest.CreatedAt.Year.ToString(CultureInfo.InvariantCulture)}). {settings.Title} (Version {manifest.Version}) [Data set].";
        return baseUrl is null ? text : $"{text} {PageUrl(baseUrl, manifest.Version)}";
    }

    public static string PageUrl(string baseUrl, string version) => $"{baseUrl.TrimEnd('/')}/releases/{Uri.EscapeDataString(version)}";

    public async Task WriteCffAsync(Stream body, ReleaseManifest manifest, string? baseUrl, CancellationToken ct)
    {
        var settings = options.Value;
        var cff = new StringBuilder()
            .Append("cff-version: 1.2.0\n")
            .Append("message: \"If you use this dataset, please cite it as below.\"\n")
            .Append("type: dataset\n")
            .Append("title: ").Append(Quoted(settings.Title)).Append('\n')
            .Append("version: ").Append(Quoted(manifest.Version)).Append('\n')
            .Append("date-released: ").Append(manifest.CreatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n')
            .Append("authors:\n")
            .Append("  - name: ").Append(Quoted(settings.Author)).Append('\n')
            .Append("abstract: ").Append(Quoted(
                $"Strikes on Ukraine with North Korean-made missiles, each figure attributed to who said it and where it was published. "
                + $"{manifest.Counts.Strikes} strikes, {manifest.Counts.Statements} statements ({manifest.Counts.Claims} aggregate claims), {manifest.Counts.Reports} reports; data version {manifest.DataVersion}."))
            .Append('\n');
        if (baseUrl is not null)
        {
            cff.Append("url: ").Append(Quoted(PageUrl(baseUrl, manifest.Version))).Append('\n');
        }

        await body.WriteAsync(Encoding.UTF8.GetBytes(cff.ToString()), ct);
    }

    /// <summary>A YAML double-quoted scalar: backslash and quote escaped, control characters dropped.</summary>
    private static string Quoted(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            if (c is '"' or '\\')
            {
                text.Append('\\');
            }

            if (!char.IsControl(c))
            {
                text.Append(c);
            }
        }

        return text.Append('"').ToString();
    }
}
