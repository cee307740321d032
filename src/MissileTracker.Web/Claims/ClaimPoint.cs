using MissileTracker.Web.Statements;

namespace MissileTracker.Web.Claims;

/// <summary>One figure of a dated aggregate claim: a point on the claims chart (who said how many of what, when).</summary>
/// <param name="ClaimId">The claim (statement) id.</param>
/// <param name="StatedOn">When it was said.</param>
/// <param name="Speaker">The official's name, or the organisation when no official is named.</param>
/// <param name="Kind">What the figure counts.</param>
/// <param name="Unit">What it counts, in the source's words, for <see cref="ClaimFigureKind.Other"/>.</param>
/// <param name="Figure">The figure with its qualifier.</param>
/// <param name="WeaponLabel">The weapon as said, when given.</param>
/// <remarks>The page writes the figure with <c>Labels.ClaimFigure</c>, in its own language.</remarks>
public sealed record ClaimPoint(int ClaimId, DateOnly StatedOn, string Speaker, ClaimFigureKind Kind, string? Unit, Figure Figure, string? WeaponLabel);
