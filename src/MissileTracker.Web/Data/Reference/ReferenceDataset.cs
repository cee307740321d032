using System.Text.Json;
using System.Text.Json.Serialization;

namespace MissileTracker.Web.Data.Reference;

/// <summary>
/// The reference dataset shipped with the app (<c>Data/Reference/*.json</c>, embedded): the publicly reported
/// strikes and claims of Dec 2023 – Dec 2024 from <c>shared/sources/record.md</c>, each record under a stable key
/// (<c>strike:2024-01-02-kharkiv</c>, <c>report:interfax-959971</c>, <c>official:kostin</c>). The files are the
/// reviewable source; <see cref="ReferenceDataLoader"/> puts them into the database.
/// </summary>
public sealed record ReferenceDataset(
    IReadOnlyList<ReferenceOfficial> Officials,
    IReadOnlyList<ReferenceReport> Reports,
    IReadOnlyList<ReferenceStrike> Strikes,
    IReadOnlyList<ReferenceStatement> Statements,
    IReadOnlyList<ReferenceStatement> Claims,
    IReadOnlyList<ReferenceEvidence> Evidence)
{
    /// <summary>The files, in the order they are loaded (a record refers only to keys of earlier files, or its own).</summary>
    public static readonly string[] FileNames = ["officials.json", "reports.json", "strikes.json", "statements.json", "claims.json", "evidence.json"];

    private static readonly Lazy<ReferenceDataset> ShippedInstance = new(() => Read(name =>
        typeof(ReferenceDataset).Assembly.GetManifestResourceStream(ResourceName(name))
            ?? throw new InvalidOperationException($"The embedded reference file {name} is missing.")));

    /// <summary>The dataset embedded in the app.</summary>
    public static ReferenceDataset Shipped => ShippedInstance.Value;

    /// <summary>Unknown properties are errors, so a misspelt field in a file fails the tests instead of vanishing.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
        ReadCommentHandling = JsonCommentHandling.Disallow,
    };

    public static string ResourceName(string fileName) => "reference-" + fileName;

    /// <summary>Every record in load order, for key checks.</summary>
    public IEnumerable<string> Keys =>
        Officials.Select(o => o.Key).Concat(Reports.Select(r => r.Key)).Concat(Strikes.Select(s => s.Key))
            .Concat(Statements.Select(s => s.Key)).Concat(Claims.Select(c => c.Key)).Concat(Evidence.Select(e => e.Key));

    public static ReferenceDataset Read(Func<string, Stream> open)
    {
        T File<T>(string name)
        {
            using var stream = open(name);
            return JsonSerializer.Deserialize<T>(stream, JsonOptions) ?? throw new InvalidOperationException($"{name} is empty.");
        }

        return new ReferenceDataset(
            File<OfficialsFile>("officials.json").Officials,
            File<ReportsFile>("reports.json").Reports,
            File<StrikesFile>("strikes.json").Strikes,
            File<StatementsFile>("statements.json").Statements,
            File<ClaimsFile>("claims.json").Claims,
            File<EvidenceFile>("evidence.json").Evidence);
    }

    private sealed record OfficialsFile(string About, List<ReferenceOfficial> Officials);

    private sealed record ReportsFile(string About, List<ReferenceReport> Reports);

    private sealed record StrikesFile(string About, List<ReferenceStrike> Strikes);

    private sealed record StatementsFile(string About, List<ReferenceStatement> Statements);

    private sealed record ClaimsFile(string About, List<ReferenceStatement> Claims);

    private sealed record EvidenceFile(string About, List<ReferenceEvidence> Evidence);
}
