namespace MissileTracker.Web.Releases;

/// <summary>What a release holds: written once beside its files as <c>manifest.json</c> and never changed.</summary>
/// <param name="Version">The release's version, e.g. <c>2026.12</c>.</param>
/// <param name="CreatedAt">When it was created (UTC).</param>
/// <param name="DataVersion">The data it froze: the change log's newest entry at the time (<c>X-Data-Version</c> of the live exports).</param>
/// <param name="AppVersion">The version of the app that wrote it.</param>
/// <param name="Notes">Release notes, as the reviewer wrote them.</param>
/// <param name="Counts">How many published records it holds.</param>
/// <param name="Files">Every file of the release with its size and SHA-256.</param>
public sealed record ReleaseManifest(
    string Version,
    DateTime CreatedAt,
    long DataVersion,
    string AppVersion,
    string? Notes,
    ReleaseCounts Counts,
    IReadOnlyList<ReleaseFile> Files);

/// <summary>Published records in a release.</summary>
/// <param name="Strikes">Strikes.</param>
/// <param name="Statements">Statements of every kind (aggregate claims included).</param>
/// <param name="Claims">Aggregate claims.</param>
/// <param name="Reports">News reports.</param>
public sealed record ReleaseCounts(int Strikes, int Statements, int Claims, int Reports);

/// <summary>One file of a release.</summary>
/// <param name="Name">File name, e.g. <c>strikes.csv</c>; download it at <c>/api/v1/releases/{version}/{name}</c>.</param>
/// <param name="MediaType">Its media type.</param>
/// <param name="Bytes">Its size in bytes.</param>
/// <param name="Sha256">SHA-256 of its bytes, lower-case hex: check a download with <c>sha256sum</c>.</param>
public sealed record ReleaseFile(string Name, string MediaType, long Bytes, string Sha256);

/// <summary>Why a release was withdrawn. Its files stay downloadable, so citations still resolve.</summary>
/// <param name="WithdrawnAt">When (UTC).</param>
/// <param name="Reason">Why, as the reviewer wrote it.</param>
public sealed record ReleaseWithdrawal(DateTime WithdrawnAt, string Reason);

/// <summary>A release as listed: its manifest and, when withdrawn, why.</summary>
/// <param name="Manifest">The release's manifest.</param>
/// <param name="Withdrawal">Set when the release was withdrawn.</param>
/// <param name="Citation">A suggested citation (also in the release's <c>CITATION.cff</c>).</param>
public sealed record ReleaseSummary(ReleaseManifest Manifest, ReleaseWithdrawal? Withdrawal, string Citation);
