using System.ComponentModel.DataAnnotations;
using MissileTracker.Web.Geography;

namespace MissileTracker.Web.Places;

/// <summary>A place the gazetteer lacks, as an editor adds it (form and API body).</summary>
public sealed class PlaceInput
{
    /// <summary>English (transliterated) name.</summary>
    /// <example>Rozhivka</example>
    [Required]
    [StringLength(128, MinimumLength = 2)]
    [Display(Name = "Name (English transliteration)")]
    public string? Name { get; set; }

    /// <summary>Ukrainian name.</summary>
    /// <example>Рожівка</example>
    [StringLength(128)]
    [Display(Name = "Ukrainian name")]
    public string? NameUk { get; set; }

    /// <summary>Oblast name, e.g. Kyiv.</summary>
    /// <example>Kyiv</example>
    [Required]
    [Display(Name = "Oblast")]
    public Oblast? Oblast { get; set; }

    /// <summary>Raion (rural district), e.g. Brovary Raion.</summary>
    /// <example>Brovary Raion</example>
    [StringLength(128)]
    [Display(Name = "Raion")]
    public string? Raion { get; set; }

    /// <summary>City district, e.g. Shevchenkivskyi district (of a city).</summary>
    [StringLength(128)]
    [Display(Name = "City district")]
    public string? CityDistrict { get; set; }

    /// <summary>WGS 84 latitude of the place's centre (Ukraine lies between 44 and 53).</summary>
    /// <example>50.78</example>
    [Required]
    [Range(44.0, 53.0)]
    [Display(Name = "Latitude")]
    public double? Latitude { get; set; }

    /// <summary>WGS 84 longitude (Ukraine lies between 22 and 41).</summary>
    /// <example>31.03</example>
    [Required]
    [Range(22.0, 41.0)]
    [Display(Name = "Longitude")]
    public double? Longitude { get; set; }
}
