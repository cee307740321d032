using System.Net;
using System.Text.Json;
using MissileTracker.Tests.Infrastructure;

namespace MissileTracker.Tests.Strikes;

public sealed class StrikeFieldsTests : IDisposable
{
    private readonly TrackerApp _app = new();
    private readonly HttpClient _client;

    public StrikeFieldsTests() => _client = _app.CreateClient();

    public void Dispose() => _app.Dispose();

    private async Task<JsonElement> GetAsync(string url) => JsonDocument.Parse(await _client.GetStringAsync(url)).RootElement;

    [Fact]
    public async Task Fields_returns_only_the_chosen_members_plus_the_id()
    {
        var page = await GetAsync("/api/v1/strikes?fields=date,location,KILLED");

        var items = page.GetProperty("items").EnumerateArray().ToList();
        items.Should().HaveCount(3);
        items.Should().OnlyContain(i => i.EnumerateObject().Select(p => p.Name).OrderBy(n => n).SequenceEqual(new[] { "date", "id", "killed", "location" }));
        items[0].GetProperty("location").GetProperty("settlement").GetString().Should().Be("Kharkiv");
        page.GetProperty("total").GetInt32().Should().Be(3);
        page.GetProperty("links").GetProperty("self").GetString().Should().Contain("fields=date,location,KILLED");
    }

    [Fact]
    public async Task Without_fields_every_member_is_returned()
    {
        var item = (await GetAsync("/api/v1/strikes?pageSize=1")).GetProperty("items")[0];

        item.EnumerateObject().Select(p => p.Name).Should().Contain(["id", "date", "summary", "officialsQuoted", "updatedAt"]);
    }

    [Fact]
    public async Task Fields_works_with_cursor_paging()
    {
        var first = await GetAsync("/api/v1/strikes?fields=id&pageSize=2");
        var next = first.GetProperty("links").GetProperty("nextCursor").GetString()!;

        var second = await GetAsync(next);

        second.GetProperty("items").EnumerateArray().Should().ContainSingle()
            .Which.EnumerateObject().Select(p => p.Name).Should().Equal("id");
    }

    [Fact]
    public async Task Unknown_field_is_named_in_the_error()
    {
        var response = await _client.GetAsync("/api/v1/strikes?fields=id,colour");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("colour").And.Contain("\"fields\"");
    }
}
