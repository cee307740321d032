using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Strikes;

/// <summary>The language of an export's human-label columns (<c>lang=</c>); codes and numbers never change with it.</summary>
public enum ExportLanguage
{
    [QueryChoice("en")]
    English,

    [QueryChoice("uk")]
    Ukrainian,
}
