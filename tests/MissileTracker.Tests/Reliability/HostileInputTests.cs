using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;

namespace MissileTracker.Tests.Reliability;

/// <summary>
/// The hostile-input corpus: every write endpoint and query parameter gets script, bad links,
/// impossible dates and numbers, huge strings, wrong types and malformed JSON. Each answer is a
/// 4xx ProblemDetails (never a 5xx) and nothing is stored.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly TrackerApp _app = new();

    public void Dispose() => _app.Dispose();

    private const string GoodStrike = """
        {"date":"2024-02-07","datePrecision":"Day","locationPrecision":"Settlement","oblast":"Kharkiv","settlement":"Kharkiv",
         "originStatus":"ReportedByOfficials","missileType":"kn-23","summary":"A perfectly ordinary strike summary."}
        """;

    public static TheoryData<string, string> BadStrikeFields => new()
    {
        { "date", "\"2024-02-31\"" }, { "date", "\"0000-01-01\"" }, { "date", "\"9999-12-31\"" }, { "date", "\"yesterday\"" },
        { "latitude", "91" }, { "longitude", "-181" }, { "latitude", "\"NaN\"" }, { "latitude", "1e400" },
        { "injured", "-1" }, { "killed", "1000000000000" }, { "missilesLaunched", "2147483648" },
        { "summary", "\"" + new string('x', 5000) + "\"" }, { "settlement", "\"" + new string('y', 300) + "\"" },
        { "oblast", "\"Atlantis\"" }, { "oblast", "7" }, { "datePrecision", "\"Sometime\"" }, { "missileType", "\"'; DROP TABLE Strikes;--\"" },
        { "timeOfDay", "\"25:61\"" }, { "reportIds", "[999999]" }, { "summary", "null" },
    };

    [Theory]
    [MemberData(nameof(BadStrikeFields))]
    public async Task Bad_strike_fields_get_400_and_store_nothing(string field, string json)
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);
        var body = GoodStrike.TrimEnd().TrimEnd('}') + $",\"{field}\":{json}}}";

        var response = await editor.PostAsync("/api/v1/strikes", new StringContent(body, Encoding.UTF8, "application/json"));

        await ShouldBeRefusedAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_good_strike_is_accepted_so_the_corpus_tests_what_it_claims()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);

        var response = await editor.PostAsync("/api/v1/strikes", new StringContent(GoodStrike, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("/api/v1/strikes", "{\"date\": ")]
    [InlineData("/api/v1/strikes", "[1,2,3]")]
    [InlineData("/api/v1/reports", "{\"outlet\": {\"nested\": true}}")]
    [InlineData("/api/v1/statements", "not json at all")]
    [InlineData("/api/v1/officials", "{\"name\": 12}")]
    [InlineData("/api/v1/import", "{\"strikes\": \"many\"}")]
    public async Task Malformed_json_gets_400(string url, string body)
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);

        var response = await editor.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));

        await ShouldBeRefusedAsync(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("/api/v1/strikes")]
    [InlineData("/api/v1/reports")]
    [InlineData("/api/v1/statements")]
    [InlineData("/api/v1/officials")]
    [InlineData("/api/v1/import")]
    public async Task A_wrong_content_type_gets_415(string url)
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);

        var response = await editor.PostAsync(url, new StringContent(GoodStrike, Encoding.UTF8, "text/plain"));

        await ShouldBeRefusedAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("/api/v1/strikes?oblast=Kharkiv'%20OR%201=1--")]
    [InlineData("/api/v1/strikes?oblast=%25")]
    [InlineData("/api/v1/strikes?type=kn-23'--")]
    [InlineData("/api/v1/strikes?status=*")]
    [InlineData("/api/v1/strikes?sort=id;DROP%20TABLE%20Strikes")]
    [InlineData("/api/v1/strikes?sort=casualties_desc_unknown")]
    [InlineData("/api/v1/strikes?pageSize=0")]
    [InlineData("/api/v1/strikes?pageSize=-1")]
    [InlineData("/api/v1/strikes?pageSize=1000000000")]
    [InlineData("/api/v1/strikes?page=1000000000000")]
    [InlineData("/api/v1/strikes?from=2024-02-31")]
    [InlineData("/api/v1/strikes?from=0000-01-01T00:00")]
    [InlineData("/api/v1/strikes?updatedSince=%27%3B--")]
    [InlineData("/api/v1/reports?from=31/02/2024")]
    [InlineData("/api/v1/officials?pageSize=-1")]
    [InlineData("/api/v1/claims?page=0")]
    [InlineData("/api/v1/strikes/deleted?since=<script>")]
    public async Task Hostile_query_parameters_get_400(string url)
    {
        var response = await _app.CreateClient().GetAsync(url);

        await ShouldBeRefusedAsync(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("UNN' OR '1'='1")]
    public async Task Wildcards_and_sql_in_free_text_filters_match_literally(string outlet)
    {
        var response = await _app.CreateClient().GetAsync("/api/v1/reports?outlet=" + Uri.EscapeDataString(outlet));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("\"total\":0");
    }

    [Fact]
    public async Task Script_in_text_fields_is_stored_as_text_and_rendered_inert()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);
        var reviewer = await _app.ClientWithRolesAsync("reviewer", Roles.Reviewer);
        const string Script = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        var body = GoodStrike.TrimEnd().TrimEnd('}') + $",\"settlement\":{System.Text.Json.JsonSerializer.Serialize(Script)},\"dateNote\":{System.Text.Json.JsonSerializer.Serialize(Script)}}}";
        var created = await editor.PostAsync("/api/v1/strikes", new StringContent(body, Encoding.UTF8, "application/json"));
        var id = (await created.ReadJsonAsync<MissileTracker.Web.Strikes.StrikeDetail>()).Id;
        await reviewer.PostAsync($"/api/v1/strikes/{id}/publish", null);

        var stored = await _app.WithDbAsync(db => db.Strikes.Where(s => s.Id == id).Select(s => s.Settlement).SingleAsync());
        var html = await _app.CreateClient().GetStringAsync($"/strikes/{id}");
        var timeline = await _app.CreateClient().GetStringAsync("/");

        stored.Should().Be(Script);
        html.Should().NotContain("<script>alert").And.NotContain("<img src=x").And.Contain("&lt;script&gt;");
        timeline.Should().NotContain("<script>alert").And.NotContain("<img src=x");
    }

    private async Task ShouldBeRefusedAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        response.StatusCode.Should().Be(expected, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        (await _app.WithDbAsync(db => db.Strikes.IgnoreQueryFilters().CountAsync())).Should().Be(3, "nothing is stored");
        (await _app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().CountAsync())).Should().Be(2);
    }
}
