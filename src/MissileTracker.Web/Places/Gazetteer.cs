using System.Globalization;
using MissileTracker.Web.Geography;

namespace MissileTracker.Web.Places;

/// <summary>
/// The gazetteer of Ukraine shipped inside the app (embedded <c>Places/Gazetteer/ua-places.tsv</c>,
/// about 4,700 places from GeoNames): read once on first use (well under a second; lazily, so test hosts that never
/// look a place up do not pay for it), searched in memory, no network.
/// Matching is by every name a place has (English, Ukrainian, alternates), folded by <see cref="PlaceNames.Fold"/>.
/// </summary>
public sealed class Gazetteer
{
    public const string ResourceName = "ua-places.tsv";

    private readonly Dictionary<string, GazetteerPlace> _byKey;
    private readonly Dictionary<string, List<GazetteerPlace>> _byName;

    // Every (folded name, place) pair sorted by name, for prefix search by binary search.
    private readonly (string Name, GazetteerPlace Place)[] _sortedNames;

    public Gazetteer(IEnumerable<GazetteerPlace> places)
    {
        Places = places.ToList();
        _byKey = Places.ToDictionary(p => p.Key, StringComparer.Ordinal);
        _byName = new Dictionary<string, List<GazetteerPlace>>(StringComparer.Ordinal);
        var names = new List<(string, GazetteerPlace)>();
        foreach (var place in Places)
        {
            foreach (var name in place.AllNames.Select(PlaceNames.Fold).Distinct(StringComparer.Ordinal))
            {
                if (!_byName.TryGetValue(name, out var list))
                {
                    _byName[name] = list = [];
                }

                list.Add(place);
                names.Add((name, place));
            }
        }

        _sortedNames = names.OrderBy(n => n.Item1, StringComparer.Ordinal).ToArray();
    }

    public IReadOnlyList<GazetteerPlace> Places { get; }

    /// <summary>The gazetteer embedded in the app.</summary>
    public static Gazetteer Shipped => ShippedInstance.Value;

    private static readonly Lazy<Gazetteer> ShippedInstance = new(() =>
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded gazetteer {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return new Gazetteer(Parse(reader));
    });

    public GazetteerPlace? Find(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>Places with exactly this name (in any of their spellings), in any oblast.</summary>
    public IReadOnlyList<GazetteerPlace> Named(string name) =>
        _byName.TryGetValue(PlaceNames.Fold(name), out var places) ? places : [];

    /// <summary>Places with a name starting with <paramref name="prefix"/> (each place once).</summary>
    public IEnumerable<GazetteerPlace> StartingWith(string prefix)
    {
        var folded = PlaceNames.Fold(prefix);
        if (folded.Length == 0)
        {
            yield break;
        }

        var start = LowerBound(folded);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = start; i < _sortedNames.Length && _sortedNames[i].Name.StartsWith(folded, StringComparison.Ordinal); i++)
        {
            if (seen.Add(_sortedNames[i].Place.Key))
            {
                yield return _sortedNames[i].Place;
            }
        }
    }

    private int LowerBound(string folded)
    {
        int low = 0, high = _sortedNames.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (string.CompareOrdinal(_sortedNames[mid].Name, folded) < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    /// <summary>Reads the TSV the build script writes: # comment lines, a header line, then one place a line.</summary>
    public static IEnumerable<GazetteerPlace> Parse(TextReader reader)
    {
        string[]? header = null;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (header is null)
            {
                header = fields;
                continue;
            }

            if (fields.Length != header.Length)
            {
                throw new FormatException($"{ResourceName} line {lineNumber}: {fields.Length} fields, expected {header.Length}.");
            }

            yield return new GazetteerPlace(
                Key: fields[0],
                GeoNamesId: fields[1].Length == 0 ? null : int.Parse(fields[1], CultureInfo.InvariantCulture),
                Name: fields[2],
                NameUk: Optional(fields[3]),
                Oblast: Enum.Parse<Oblast>(fields[4]),
                Raion: Optional(fields[5]),
                CityDistrict: Optional(fields[6]),
                Latitude: double.Parse(fields[7], CultureInfo.InvariantCulture),
                Longitude: double.Parse(fields[8], CultureInfo.InvariantCulture),
                Population: fields[9].Length == 0 ? null : int.Parse(fields[9], CultureInfo.InvariantCulture),
                Alternates: fields[10].Length == 0 ? [] : fields[10].Split('|'));
        }
    }

    private static string? Optional(string field) => field.Length == 0 ? null : field;
}
