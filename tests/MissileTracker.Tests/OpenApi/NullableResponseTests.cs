using System.Text.Json;
using MissileTracker.Tests.Infrastructure;

namespace MissileTracker.Tests.OpenApi;

/// <summary>
/// The properties the issue found documented as never null though the API sends null: a statement's
/// official and aggregate, a strike location's oblast. Each response passes the contract check every
/// test client runs (<see cref="OpenApiContractHandler"/>), which failed on them before.
/// </summary>
public sealed class NullableResponseTests : IDisposable
{
    private readonly TrackerApp _app = new(knownEvidence: false);

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_statement_without_official_or_aggregate_about_a_strike_without_oblast_keeps_the_contract()
    {
        var strike = Evidence.Strike(new DateOnly(2024, 2, 7));
        var report = Evidence.Report();
        var statement = Evidence.Says(Evidence.Official(), strike, report);
        statement.Official = null;
        statement.Organisation = "Air Force of Ukraine";
        await _app.AddRangeAsync(strike, report, statement);
        var client = _app.CreateClient();

        var detail = await client.GetStringAsync($"/api/v1/statements/{statement.Id}");
        var list = await client.GetStringAsync("/api/v1/statements");
        var strikeDetail = await client.GetStringAsync($"/api/v1/strikes/{strike.Id}");
        await client.GetStringAsync("/api/v1/strikes");
        await client.GetStringAsync($"/api/v1/officials");

        var json = JsonDocument.Parse(detail).RootElement;
        json.GetProperty("official").ValueKind.Should().Be(JsonValueKind.Null);
        json.GetProperty("aggregate").ValueKind.Should().Be(JsonValueKind.Null);
        JsonDocument.Parse(list).RootElement.GetProperty("items")[0].GetProperty("official").ValueKind.Should().Be(JsonValueKind.Null);
        JsonDocument.Parse(strikeDetail).RootElement.GetProperty("location").GetProperty("oblast").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void The_checked_in_contract_allows_null_there_and_only_there()
    {
        var contract = OpenApiResponseContract.Current;
        const string statement = """{"id":1,"official":null,"aggregate":null,"quoteKind":"Direct","status":"Published","version":1}""";
        const string broken = """{"id":1,"official":null,"aggregate":null,"quoteKind":null,"status":"Published","version":1}""";

        Check(contract, "/api/v1/statements/1", statement).Should().BeEmpty();
        Check(contract, "/api/v1/statements/1", broken).Should().Contain(e => e.Contains("quoteKind"));
        Check(contract, "/api/v1/strikes/1", """{"id":1,"location":{"oblast":null,"precision":"NotReported"}}""").Should().BeEmpty();
        Check(contract, "/api/v1/strikes/1", """{"id":1,"location":{"oblast":"Atlantis","precision":"NotReported"}}""").Should().NotBeEmpty();
    }

    private static IReadOnlyList<string> Check(OpenApiResponseContract contract, string path, string body) =>
        contract.Check("GET", path, 200, new System.Net.Http.Headers.MediaTypeHeaderValue("application/json"), System.Text.Encoding.UTF8.GetBytes(body));
}
