using MissileTracker.Web.Data;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.Places;

/// <summary>
/// A place strikes are recorded at, in the tracker's own gazetteer. A place from the shipped
/// GeoNames gazetteer is stored the first time a strike names it (published: it is reference
/// data); a place an editor adds because the gazetteer lacks it is marked <see cref="EditorAdded"/>
/// and starts as a draft, reviewed like other records, and is offered by the type-ahead afterwards.
/// </summary>
public sealed class Place : ITimestamped, IPublishable, IVersioned
{
    /// <summary>The tracker's own id (URL <c>/places/{id}</c>); never reused.</summary>
    public int Id { get; set; }

    /// <summary>The place's key in the shipped gazetteer; null for editor-added places.</summary>
    public string? GazetteerKey { get; set; }

    /// <summary>GeoNames id, when known; an attribute, not the identity.</summary>
    public int? GeoNamesId { get; set; }

    /// <summary>English (transliterated) name.</summary>
    public string Name { get; set; } = "";

    /// <summary>Ukrainian name, when known.</summary>
    public string? NameUk { get; set; }

    public Oblast Oblast { get; set; }

    /// <summary>Raion (rural district), e.g. "Brovary Raion".</summary>
    public string? Raion { get; set; }

    /// <summary>City district, e.g. "Shevchenkivskyi district" of Kharkiv: kept apart from the raion.</summary>
    public string? CityDistrict { get; set; }

    /// <summary>WGS 84 latitude of the place's centre.</summary>
    public double Latitude { get; set; }

    public double Longitude { get; set; }

    /// <summary>Added by an editor because the shipped gazetteer lacks it.</summary>
    public bool EditorAdded { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public PublicationStatus Status { get; set; }
    public DateTime? PublishedAt { get; set; }
    public DateTime? UnpublishedAt { get; set; }
    public DateTime? DeletedAt { get; set; }
    public int Version { get; set; }

    public List<StrikePlace> Strikes { get; } = [];
}
