using System.Globalization;
using System.Net;
using MissileTracker.Tests.Builders;
using MissileTracker.Tests.Infrastructure;

namespace MissileTracker.Tests.Statements;

/// <summary>Issue 20: <c>statements.csv</c>, one row per statement and strike, each figure with its qualifier.</summary>
public sealed class StatementsCsvTests : IDisposable
{
    private static readonly string[] Columns =
    [
        "statementId", "statedOn", "speaker", "organisation", "isAggregate", "quoteKind", "quote", "strikeId", "strikeDate", "dateAsReported",
        "locationAsReported", "weaponLabel", "missileTypes", "originClaim",
        "missiles", "missilesQualifier", "missilesHigh", "missilesWords", "missilesText",
        "missilesIntercepted", "missilesInterceptedQualifier", "missilesInterceptedHigh", "missilesInterceptedWords", "missilesInterceptedText",
        "killed", "killedQualifier", "killedHigh", "killedWords", "killedText",
        "injured", "injuredQualifier", "injuredHigh", "injuredWords", "injuredText",
        "reportUrls", "reportOutlets",
    ];

    private readonly TrackerApp _app = new();
    private readonly HttpClient _client;

    public StatementsCsvTests() => _client = _app.CreateClient();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Has_the_documented_columns_one_row_per_statement_and_strike_and_keeps_at_least_with_the_figure()
    {
        var response = await _client.GetAsync("/api/v1/statements.csv");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        response.Content.Headers.ContentDisposition!.FileName.Should().StartWith("statements-unreleased-v", "a live export names itself as unreleased with its data version");
        var (header, rows) = Parse(await response.Content.ReadAsStringAsync());
        header.Should().Equal(Columns);
        rows.Should().HaveCount(6, "Kirby's 9 Jan statement (1 strike), his earlier one (2 strikes) and three aggregate claims (a row each)");

        var kharkiv = rows.Single(r => r["strikeId"] == KnownEvidence.KharkivStrikeId.ToString(CultureInfo.InvariantCulture));
        (kharkiv["speaker"], kharkiv["statedOn"], kharkiv["strikeDate"], kharkiv["dateAsReported"]).Should().Be(("John Kirby", "2024-01-09", "2024-01-06", "on the 6th"));
        (kharkiv["missiles"], kharkiv["missilesQualifier"], kharkiv["missilesText"]).Should().Be(("1", "AtLeast", "at least 1"));
        (kharkiv["killed"], kharkiv["killedQualifier"], kharkiv["killedText"]).Should().Be(("", "", ""), "a figure not given has no qualifier");
        kharkiv["missileTypes"].Should().Be("dprk-ballistic-unspecified");
        kharkiv["reportOutlets"].Should().Be("Korean news site");

        var containers = rows.Single(r => r["quote"].Contains("10,000 containers", StringComparison.Ordinal));
        (containers["isAggregate"], containers["strikeId"], containers["missiles"]).Should().Be(("true", "", ""));
    }

    [Fact]
    public async Task Takes_the_statement_list_filters()
    {
        var (_, aboutStrikes) = Parse(await _client.GetStringAsync("/api/v1/statements.csv?aggregate=false"));
        var (_, kirby) = Parse(await _client.GetStringAsync($"/api/v1/statements.csv?official={KnownEvidence.KirbyId}&q=Kharkiv"));

        aboutStrikes.Should().HaveCount(3).And.OnlyContain(r => r["isAggregate"] == "false");
        kirby.Should().ContainSingle().Which["strikeId"].Should().Be(KnownEvidence.KharkivStrikeId.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_bad_filter_is_a_400_naming_the_parameter()
    {
        var response = await _client.GetAsync("/api/v1/statements.csv?aggregate=maybe");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("aggregate");
    }

    private static (IReadOnlyList<string> Header, List<Dictionary<string, string>> Rows) Parse(string csv) => CsvText.Parse(csv);
}
