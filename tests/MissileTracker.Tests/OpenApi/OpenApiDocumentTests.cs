using System.Text.Json;
using MissileTracker.Tests.Infrastructure;

namespace MissileTracker.Tests.OpenApi;

public sealed class OpenApiDocumentTests : IDisposable
{
    private readonly TrackerApp _app = new(knownEvidence: false);

    public void Dispose() => _app.Dispose();

    private async Task<JsonElement> DocumentAsync() =>
        JsonDocument.Parse(await _app.CreateClient().GetStringAsync("/swagger/v1/swagger.json")).RootElement;

    [Fact]
    public async Task Describes_every_endpoint_with_a_summary_and_description()
    {
        var paths = (await DocumentAsync()).GetProperty("paths");

        paths.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(
            "/api/v1/strikes", "/api/v1/strikes/{id}", "/api/v1/strikes/deleted",
            "/api/v1/strikes/{id}/publish", "/api/v1/strikes/{id}/unpublish", "/api/v1/strikes/{id}/restore", "/api/v1/strikes/{id}/publish-with-drafts", "/api/v1/strikes/{id}/merge",
            "/api/v1/strikes.csv", "/api/v1/strikes.geojson", "/api/v1/strikes.atom", "/api/v1/stats",
            "/api/v1/officials", "/api/v1/officials/{id}",
            "/api/v1/reports", "/api/v1/reports/{id}", "/api/v1/reports/{id}/publish", "/api/v1/reports/{id}/unpublish", "/api/v1/reports/{id}/restore",
            "/api/v1/reports/{id}/snapshots", "/api/v1/reports/{id}/snapshots/capture", "/api/v1/snapshots/{sha256}", "/api/v1/reports/{id}/history",
            "/api/v1/evidence", "/api/v1/evidence.csv", "/api/v1/evidence/{id}", "/api/v1/evidence/{id}/photos", "/api/v1/evidence/{id}/publish", "/api/v1/evidence/{id}/unpublish", "/api/v1/evidence/{id}/restore",
            "/api/v1/statements/{id}/history", "/api/v1/claims/{id}/history",
            "/api/v1/statements", "/api/v1/statements/{id}", "/api/v1/statements.csv", "/api/v1/statements/{id}/publish", "/api/v1/statements/{id}/unpublish", "/api/v1/statements/{id}/restore",
            "/api/v1/claims", "/api/v1/claims/{id}", "/api/v1/claims.csv", "/api/v1/claim-figures.csv", "/api/v1/weapons", "/api/v1/places", "/api/v1/import", "/api/v1/import/strikes.csv",
            "/api/v1/releases", "/api/v1/releases/{version}", "/api/v1/releases/{version}/{file}", "/api/v1/releases/{from}/diff/{to}", "/api/v1/releases/{version}/withdraw",
            "/api/v1/airforce/reports", "/api/v1/airforce/reports.csv", "/api/v1/airforce/monthly", "/api/v1/airforce/import", "/api/v1/airforce/candidates", "/api/v1/airforce/links");
        foreach (var operation in paths.EnumerateObject().SelectMany(p => p.Value.EnumerateObject()))
        {
            operation.Value.GetProperty("summary").GetString().Should().NotBeNullOrWhiteSpace();
            operation.Value.GetProperty("description").GetString().Should().NotBeNullOrWhiteSpace();
            operation.Value.GetProperty("responses").EnumerateObject().Select(r => r.Name).Should().Contain(c => c.StartsWith('2'));
        }
    }

    [Fact]
    public async Task Every_parameter_is_described_and_list_parameters_have_examples()
    {
        var paths = (await DocumentAsync()).GetProperty("paths");

        var parameters = paths.EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject())
            .SelectMany(o => o.Value.TryGetProperty("parameters", out var ps) ? ps.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .ToList();
        parameters.Should().NotBeEmpty();
        parameters.Should().OnlyContain(p => !string.IsNullOrWhiteSpace(p.GetProperty("description").GetString()));

        var strikeParameters = paths.GetProperty("/api/v1/strikes").GetProperty("get").GetProperty("parameters").EnumerateArray().ToList();
        strikeParameters.Select(p => p.GetProperty("name").GetString())
            .Should().BeEquivalentTo("from", "to", "oblast", "settlement", "place", "raion", "type", "status", "official", "organisation", "outlet",
                "hasCoordinates", "killedMin", "killedMax", "injuredMin", "injuredMax", "q", "updatedSince",
                "sort", "page", "pageSize", "cursor", "fields", "If-None-Match", "If-Modified-Since");
        strikeParameters.Where(p => !p.TryGetProperty("example", out var example)).Should().BeEmpty();
    }

    [Fact]
    public async Task Errors_and_enums_are_documented()
    {
        var document = await DocumentAsync();

        var list = document.GetProperty("paths").GetProperty("/api/v1/strikes").GetProperty("get").GetProperty("responses");
        list.TryGetProperty("400", out _).Should().BeTrue();
        var get = document.GetProperty("paths").GetProperty("/api/v1/strikes/{id}").GetProperty("get").GetProperty("responses");
        get.TryGetProperty("404", out _).Should().BeTrue();
        var status = document.GetProperty("components").GetProperty("schemas").GetProperty("OriginStatus");
        status.GetProperty("enum").EnumerateArray().Select(e => e.GetString())
            .Should().Equal("Suspected", "ReportedByOfficials", "ConfirmedByDebris", "Retracted");
        document.GetProperty("components").GetProperty("schemas").GetProperty("StrikeSummary").GetProperty("description").GetString()
            .Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Writes_declare_the_api_token_requirement_and_reads_do_not()
    {
        var paths = (await DocumentAsync()).GetProperty("paths");

        var operations = paths.EnumerateObject().SelectMany(p => p.Value.EnumerateObject().Select(o => (Method: o.Name, o.Value))).ToList();
        static int Requirements(JsonElement operation) =>
            operation.TryGetProperty("security", out var security) ? security.GetArrayLength() : 0;
        // The only staff read lists candidate links, which name drafts; every other GET is public.
        operations.Where(o => o.Method == "get" && Requirements(o.Value) > 0).Select(o => o.Value.GetProperty("operationId").GetString())
            .Should().Equal("ListAirForceCandidates");
        operations.Where(o => o.Method != "get").Select(o => Requirements(o.Value)).Should().NotBeEmpty().And.OnlyContain(n => n == 1);
    }

    [Fact]
    public async Task Parameters_state_their_types_allowed_values_and_ranges()
    {
        var parameters = (await DocumentAsync()).GetProperty("paths").GetProperty("/api/v1/strikes").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);

        var oblast = parameters["oblast"];
        oblast.GetProperty("schema").GetProperty("type").GetString().Should().Be("array");
        oblast.GetProperty("explode").GetBoolean().Should().BeFalse();
        oblast.GetProperty("schema").GetProperty("items").GetProperty("$ref").GetString().Should().EndWith("/Oblast");
        parameters["sort"].GetProperty("schema").GetProperty("enum").EnumerateArray().Select(e => e.GetString())
            .Should().BeEquivalentTo(MissileTracker.Web.Strikes.StrikeSorting.ByName.Keys);
        var pageSize = parameters["pageSize"].GetProperty("schema");
        (pageSize.GetProperty("type").GetString(), pageSize.GetProperty("minimum").GetInt32(), pageSize.GetProperty("maximum").GetInt32())
            .Should().Be(("integer", 1, 100));
        parameters["killedMin"].GetProperty("schema").GetProperty("minimum").GetInt32().Should().Be(0);
        parameters["hasCoordinates"].GetProperty("schema").GetProperty("type").GetString().Should().Be("boolean");
        parameters["from"].GetProperty("schema").GetProperty("format").GetString().Should().Be("date");
        parameters["updatedSince"].GetProperty("schema").GetProperty("format").GetString().Should().Be("date-time");
        parameters["q"].GetProperty("schema").GetProperty("maxLength").GetInt32().Should().Be(200);
        parameters["fields"].GetProperty("schema").GetProperty("items").GetProperty("enum").EnumerateArray().Select(e => e.GetString())
            .Should().Contain(["id", "date", "location"]);
    }

    [Fact]
    public async Task The_csv_example_shows_the_real_columns()
    {
        var example = (await DocumentAsync()).GetProperty("paths").GetProperty("/api/v1/strikes.csv").GetProperty("get")
            .GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("text/csv").GetProperty("example").GetString()!;

        example.Split("\r\n")[0].Should().Be(string.Join(',', MissileTracker.Web.Strikes.StrikeCsv.Columns.Select(c => c.Name)));
    }

    [Fact]
    public async Task Public_reads_document_conditional_requests_and_rate_limits()
    {
        var responses = (await DocumentAsync()).GetProperty("paths").EnumerateObject()
            .Where(p => p.Value.TryGetProperty("get", out var get) && !(get.TryGetProperty("security", out var security) && security.GetArrayLength() > 0))
            .Select(p => p.Value.GetProperty("get").GetProperty("responses")).ToList();

        static bool Has(JsonElement element, string name) => element.TryGetProperty(name, out _);

        responses.Should().HaveCountGreaterThan(10);
        responses.Where(r => !(Has(r, "304") && Has(r, "429"))).Should().BeEmpty();
        responses.Where(r => !Has(r.GetProperty("200").GetProperty("headers"), "ETag")).Should().BeEmpty();
        responses.Where(r => !Has(r.GetProperty("429").GetProperty("headers"), "Retry-After")).Should().BeEmpty();
    }
}
