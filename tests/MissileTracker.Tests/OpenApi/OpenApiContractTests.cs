using System.Text.Json;
using System.Text.Json.Nodes;
using MissileTracker.Tests.Infrastructure;

namespace MissileTracker.Tests.OpenApi;

/// <summary>
/// The served OpenAPI document must equal the checked-in contract (docs/openapi/v1.json), so an
/// accidental API change fails the build. To change the contract on purpose:
/// <c>UPDATE_OPENAPI=1 dotnet test tests/MissileTracker.Tests --filter OpenApiContract</c>, then commit the file.
/// </summary>
public sealed class OpenApiContractTests : IDisposable
{
    private const string UpdateHint =
        "the served OpenAPI document differs from the checked-in contract docs/openapi/v1.json. If the API change is intended, "
        + "run `UPDATE_OPENAPI=1 dotnet test tests/MissileTracker.Tests --filter OpenApiContract` and commit docs/openapi/v1.json";

    private readonly TrackerApp _app = new(knownEvidence: false);

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Served_document_matches_the_checked_in_contract()
    {
        var served = Normalize(await _app.CreateClient().GetStringAsync("/swagger/v1/swagger.json"));
        var path = RepositoryFiles.OpenApiContract;
        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(path, served);
        }

        File.Exists(path).Should().BeTrue(UpdateHint);
        var contract = Normalize(await File.ReadAllTextAsync(path));
        var servedLines = served.Split('\n');
        var contractLines = contract.Split('\n');
        var first = Enumerable.Range(0, Math.Max(servedLines.Length, contractLines.Length))
            .FirstOrDefault(i => i >= servedLines.Length || i >= contractLines.Length || servedLines[i] != contractLines[i], -1);
        first.Should().Be(-1,
            $"{UpdateHint}. First difference at line {first + 1}: contract has `{Line(contractLines, first)}`, served has `{Line(servedLines, first)}`");
    }

    private static string Line(string[] lines, int index) => index >= 0 && index < lines.Length ? lines[index].Trim() : "(end of document)";

    private static string Normalize(string json) =>
        JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })
            .ReplaceLineEndings("\n") + "\n";
}
