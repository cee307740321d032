using Microsoft.AspNetCore.Mvc;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Strikes;

/// <summary>The query string of the CSV and GeoJSON exports: the list's filters and sort; no paging, every match is written.</summary>
public class StrikeExportParameters : StrikeFilterParameters
{
    /// <summary>Row order: -date (newest first, default), date, -updated, updated, -casualties, casualties. Ties are broken by id.</summary>
    /// <example>date</example>
    [FromQuery(Name = "sort"), ChoiceValue("-date", "date", "-updated", "updated", "-casualties", "casualties")]
    public string? Sort { get; set; }

    public StrikeFilter Parse(IReadOnlyCollection<string> weaponCodes, QueryStringParser errors) =>
        ParseFilter(weaponCodes, errors, errors.Choice("sort", Sort, StrikeSorting.ByName, StrikeSort.DateDescending));
}
