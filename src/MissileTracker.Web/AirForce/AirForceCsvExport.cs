using System.Globalization;
using MissileTracker.Web.Api;

namespace MissileTracker.Web.AirForce;

/// <summary>The columns of <c>airforce-reports.csv</c>: the dataset's own cells (verbatim) with the tracker's reading of them.</summary>
public static class AirForceCsvExport
{
    public static readonly IReadOnlyList<CsvColumn<AirForceRowDto>> Columns =
    [
        new("id", r => Number(r.Id), IsNumber: true),
        new("contentKey", r => r.ContentKey),
        new("windowStart", r => r.Window.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("windowStartTime", r => r.Window.StartTime?.ToString("HH:mm", CultureInfo.InvariantCulture)),
        new("windowEnd", r => r.Window.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("windowEndTime", r => r.Window.EndTime?.ToString("HH:mm", CultureInfo.InvariantCulture)),
        new("label", r => r.Label),
        new("weaponCodes", r => string.Join(";", r.WeaponCodes)),
        new("labelMatch", r => r.LabelMatch.ToString()),
        new("northKorean", r => r.NorthKorean.ToString()),
        new("launched", r => Number(r.Launched), IsNumber: true),
        new("destroyed", r => Number(r.Destroyed), IsNumber: true),
        new("notReachedTarget", r => Number(r.NotReachedTarget), IsNumber: true),
        new("launchPlace", r => r.LaunchPlace),
        new("target", r => r.Target),
        new("targetOblasts", r => string.Join(";", r.TargetOblasts)),
        new("postUrl", r => r.Post.Url),
        new("sourcePath", r => r.Post.SourcePath),
        new("vanishedAt", r => r.VanishedAt?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
        new("linkedStrikes", r => string.Join(";", r.LinkedStrikes)),
    ];

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
