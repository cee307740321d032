using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CsvHelper;
using MissileTracker.Web.History;

namespace MissileTracker.Web.Releases;

/// <summary>
/// Compares two releases' tables read from their stored files, so a diff is the same whenever it is asked
/// for. Memory stays small at a million rows: the older table is held as a hash per id, the rows that
/// differ are then read again for their values, and at most <see cref="MaxListed"/> rows are listed.
/// </summary>
public static class ReleaseDiffer
{
    public const int MaxListed = 1000;
    private const string Key = "id";
    private const string Label = "dateText";

    /// <summary>Columns that change with every edit; a row whose only differences are these has not changed.</summary>
    private static readonly HashSet<string> Bookkeeping = ["createdAt", "updatedAt"];

    /// <summary>Finds, for removed ids, the strike each was merged into (<c>StrikeQueries.MergeTargetsAsync</c>).</summary>
    public delegate Task<IReadOnlyDictionary<int, int>> MergeTargets(IReadOnlyCollection<int> ids, CancellationToken ct);

    public static async Task<ReleaseDiff> DiffAsync(StoredRelease from, StoredRelease to, MergeTargets mergeTargets, CancellationToken ct)
    {
        var tables = new List<TableDiff>();
        foreach (var table in ReleaseFiles.Tables)
        {
            if (from.PathOf(table.Name) is { } before && to.PathOf(table.Name) is { } after)
            {
                tables.Add(await DiffTableAsync(table.Name, before, after, mergeTargets, ct));
            }
        }

        return new ReleaseDiff(from.Manifest.Version, to.Manifest.Version, tables);
    }

    private static async Task<TableDiff> DiffTableAsync(string name, string beforePath, string afterPath, MergeTargets mergeTargets, CancellationToken ct)
    {
        var beforeColumns = ReadHeader(beforePath);
        var afterColumns = ReadHeader(afterPath);
        var compared = afterColumns.Where(c => beforeColumns.Contains(c) && !Bookkeeping.Contains(c) && c != Key).ToList();

        var beforeHashes = new Dictionary<string, (UInt128 Hash, string? Label)>(StringComparer.Ordinal);
        foreach (var row in Rows(beforePath))
        {
            beforeHashes[row[Key] ?? ""] = (Hash(row, compared), row.GetValueOrDefault(Label));
        }

        var added = new List<DiffRow>();
        var changedAfter = new Dictionary<string, Dictionary<string, string?>>(StringComparer.Ordinal);
        int addedCount = 0, changedCount = 0;
        foreach (var row in Rows(afterPath))
        {
            ct.ThrowIfCancellationRequested();
            var id = row[Key] ?? "";
            if (!beforeHashes.Remove(id, out var was))
            {
                if (addedCount++ < MaxListed)
                {
                    added.Add(new DiffRow(id, row.GetValueOrDefault(Label)));
                }
            }
            else if (was.Hash != Hash(row, compared) && changedCount++ < MaxListed)
            {
                changedAfter[id] = row;
            }
        }

        var changed = new List<ChangedRow>();
        if (changedAfter.Count > 0)
        {
            foreach (var row in Rows(beforePath))
            {
                if (changedAfter.TryGetValue(row[Key] ?? "", out var now))
                {
                    var fields = compared.Where(c => row[c] != now[c]).Select(c => new FieldChange(c, row[c], now[c])).ToList();
                    changed.Add(new ChangedRow(row[Key]!, now.GetValueOrDefault(Label), fields));
                }
            }
        }

        var removedIds = beforeHashes.Keys.Order(StringComparer.Ordinal).Take(MaxListed).ToList();
        var numericIds = removedIds.Select(id => int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).Where(n => n > 0).ToList();
        var targets = numericIds.Count > 0 ? await mergeTargets(numericIds, ct) : new Dictionary<int, int>();
        var removed = removedIds.Select(id => new RemovedRow(id, beforeHashes[id].Label,
            int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && targets.TryGetValue(n, out var into) ? into : null)).ToList();

        return new TableDiff(name, added, removed, changed.OrderBy(c => c.Id, IdOrder).ToList(),
            addedCount > MaxListed || changedCount > MaxListed || beforeHashes.Count > MaxListed,
            addedCount, beforeHashes.Count, changedCount, afterColumns.Where(c => !beforeColumns.Contains(c)).ToList());
    }

    /// <summary>Numeric ids in numeric order.</summary>
    private static readonly Comparer<string> IdOrder = Comparer<string>.Create((a, b) => a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b));

    /// <summary>The first 128 bits of the SHA-256 of the compared cells: a row whose hash is unchanged has not changed.</summary>
    private static UInt128 Hash(Dictionary<string, string?> row, List<string> columns)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var column in columns)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(row[column] ?? ""));
            hash.AppendData([0]);
        }

        var digest = hash.GetHashAndReset();
        return new UInt128(BitConverter.ToUInt64(digest, 0), BitConverter.ToUInt64(digest, 8));
    }

    private static List<string> ReadHeader(string path)
    {
        using var csv = CsvReader.FromFile(path, new CsvReaderOptions());
        csv.ReadHeader();
        return [.. csv.Headers];
    }

    private static IEnumerable<Dictionary<string, string?>> Rows(string path)
    {
        using var csv = CsvReader.FromFile(path, new CsvReaderOptions());
        csv.ReadHeader();
        var header = csv.Headers.ToArray();
        while (csv.Read())
        {
            var row = new Dictionary<string, string?>(header.Length, StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                var value = csv.GetString(i);
                row[header[i]] = string.IsNullOrEmpty(value) ? null : value;
            }

            yield return row;
        }
    }
}
