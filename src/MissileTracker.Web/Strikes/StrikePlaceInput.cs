using System.ComponentModel.DataAnnotations;

namespace MissileTracker.Web.Strikes;

/// <summary>A further place the strike is recorded at (the main one is the strike's own placeId or gazetteerKey).</summary>
public sealed class StrikePlaceInput
{
    /// <summary>The place's <c>placeId</c> from <c>GET /api/v1/places</c>; give this or gazetteerKey.</summary>
    /// <example>12</example>
    [Range(1, int.MaxValue)]
    public int? PlaceId { get; set; }

    /// <summary>The place's <c>gazetteerKey</c> from <c>GET /api/v1/places</c>, for a place no strike names yet.</summary>
    /// <example>704422</example>
    [StringLength(16)]
    public string? GazetteerKey { get; set; }

    /// <summary>How precisely the strike is known at this place: Oblast, District, Settlement or Exact.</summary>
    /// <example>Settlement</example>
    [Required]
    public LocationPrecision? Precision { get; set; }
}
