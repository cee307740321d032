using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Api;

/// <summary>
/// A full export rendered once to a file for one data version (<see cref="Strikes.FullExports"/>), beside its gzip
/// copy: served by <see cref="StreamedResult"/> with byte ranges and a strong ETag instead of being read again.
/// </summary>
/// <param name="Path">The file as the live export would write it.</param>
/// <param name="GzipPath">The same bytes, gzip-compressed once.</param>
/// <param name="DataStamp">The change log's newest id when it was rendered (<see cref="AggregateCache.DataVersionAsync"/>).</param>
/// <param name="Version">The export's fingerprint at that time, for the ETag and Last-Modified.</param>
/// <param name="Headers">Headers the export computed while rendering (the GeoJSON's count of strikes left out).</param>
public sealed record ExportFile(string Path, string GzipPath, long DataStamp, DataVersion Version, IReadOnlyDictionary<string, string> Headers);
