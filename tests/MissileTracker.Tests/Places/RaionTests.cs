using System.Net;
using Microsoft.AspNetCore.Mvc;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Places;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Stats;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Tests.Places;

/// <summary>The raion= filter and the statistics by raion, both from the raions of the places a strike is linked to.</summary>
public sealed class RaionTests : IDisposable
{
    private readonly TrackerApp _app = new(knownEvidence: false);
    private readonly HttpClient _client;

    public RaionTests() => _client = _app.CreateClient();

    public void Dispose() => _app.Dispose();

    private sealed record Seeded(Strike AtBrovary, Strike AtBrovaryAndBucha, Strike InKharkiv, Strike DistrictTextOnly);

    // Brovary (Brovary Raion); a second strike names Brovary and Bucha (Bucha Raion); one strike in Kharkiv,
    // whose place has no raion; one strike whose only mention of the raion is its own District text.
    private async Task<Seeded> SeedAsync()
    {
        var brovary = Published(new Place { GeoNamesId = 711390, GazetteerKey = "711390", Name = "Brovary", Oblast = Oblast.Kyiv, Raion = "Brovary Raion", Latitude = 50.51809, Longitude = 30.80671 });
        var bucha = Published(new Place { GazetteerKey = "n-bucha", Name = "Bucha", Oblast = Oblast.Kyiv, Raion = "Bucha Raion", Latitude = 50.54, Longitude = 30.22 });
        var kharkiv = Published(new Place { GazetteerKey = "n-kharkiv", Name = "Kharkiv", Oblast = Oblast.Kharkiv, Latitude = 49.98, Longitude = 36.25 });
        var atBrovary = Linked(Evidence.Strike(new DateOnly(2024, 2, 15), Oblast.Kyiv, "Brovary", killed: 1), brovary);
        var atBoth = Linked(Evidence.Strike(new DateOnly(2024, 2, 16), Oblast.Kyiv, "Brovary", killed: 2), brovary, bucha);
        var inKharkiv = Linked(Evidence.Strike(new DateOnly(2024, 2, 17), Oblast.Kharkiv, "Kharkiv", killed: 4), kharkiv);
        var districtOnly = Evidence.Strike(new DateOnly(2024, 2, 18), Oblast.Kyiv, district: "Brovary Raion");
        await _app.AddRangeAsync(brovary, bucha, kharkiv, atBrovary, atBoth, inKharkiv, districtOnly);
        return new Seeded(atBrovary, atBoth, inKharkiv, districtOnly);
    }

    private static Place Published(Place place)
    {
        place.Status = PublicationStatus.Published;
        return place;
    }

    private static Strike Linked(Strike strike, params Place[] places)
    {
        for (var i = 0; i < places.Length; i++)
        {
            strike.Places.Add(new StrikePlace { Strike = strike, Place = places[i], Position = i, Precision = LocationPrecision.Settlement });
        }

        return strike;
    }

    private async Task<List<int>> ListAsync(string query) =>
        (await _client.GetJsonAsync<PagedResponse<StrikeSummary>>("/api/v1/strikes" + query)).Items.Select(s => s.Id).ToList();

    [Fact]
    public async Task The_list_filters_by_the_raion_of_any_linked_place_ignoring_case_but_not_by_the_district_text()
    {
        var s = await SeedAsync();

        (await ListAsync("?raion=brovary%20raion")).Should().BeEquivalentTo([s.AtBrovary.Id, s.AtBrovaryAndBucha.Id]);
        (await ListAsync("?raion=Bucha%20Raion")).Should().Equal(s.AtBrovaryAndBucha.Id);
        (await ListAsync("?raion=Bucha%20Raion,Brovary%20Raion&killedMin=2")).Should().Equal(s.AtBrovaryAndBucha.Id);
        (await ListAsync("?raion=Brovary")).Should().BeEmpty("a raion is matched whole");
        (await ListAsync("?raion=Brovary%20Raion")).Should().NotContain(s.DistrictTextOnly.Id);
    }

    [Fact]
    public async Task The_exports_and_the_feed_take_the_raion_filter()
    {
        var s = await SeedAsync();

        var csv = await _client.GetStringAsync("/api/v1/strikes.csv?raion=Bucha%20Raion");
        var feed = await _client.GetStringAsync("/api/v1/strikes.atom?raion=Bucha%20Raion");
        var all = await _client.GetStringAsync("/api/v1/strikes.atom");

        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(2, "the header and the one strike in Bucha Raion");
        csv.Should().Contain("2024-02-16").And.NotContain("2024-02-15");
        feed.Split("<entry", StringSplitOptions.None).Should().HaveCount(2);
        all.Split("<entry", StringSplitOptions.None).Should().HaveCount(5);
        feed.Should().Contain($"/strikes/{Id(s.AtBrovaryAndBucha)}");
    }

    [Fact]
    public async Task A_raion_longer_than_200_characters_is_a_400_naming_the_field()
    {
        var response = await _client.GetAsync("/api/v1/strikes?raion=" + new string('a', 201));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync<ValidationProblemDetails>()).Errors.Should().ContainKey("raion");
    }

    [Fact]
    public async Task Stats_count_strikes_by_raion_in_each_raion_of_their_places()
    {
        await SeedAsync();

        var stats = await _client.GetJsonAsync<StrikeStats>("/api/v1/stats");

        stats.ByRaion.Select(b => (b.Key, b.Label, b.Strikes, b.KilledLow)).Should().Equal(
            ("Brovary Raion", "Brovary Raion", 2, 3),
            (null, "No raion known", 2, 4),
            ("Bucha Raion", "Bucha Raion", 1, 2));
        stats.Total.Strikes.Should().Be(4);

        var filtered = await _client.GetJsonAsync<StrikeStats>("/api/v1/stats?raion=Bucha%20Raion");
        filtered.Total.Strikes.Should().Be(1);
        filtered.ByRaion.Select(b => (b.Key, b.Strikes)).Should().Equal(("Brovary Raion", 1), ("Bucha Raion", 1));
    }

    [Fact]
    public async Task The_stats_page_shows_strikes_by_raion_and_takes_the_raion_filter()
    {
        await SeedAsync();

        var (response, page) = await _client.GetPageAsync("/stats");
        var (_, filtered) = await _client.GetPageAsync("/stats?raion=Bucha%20Raion");
        var (bad, badPage) = await _client.GetPageAsync("/stats?raion=" + new string('a', 201));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        Rows(page, "by-raion").Should().Equal("Brovary Raion 2 not known", "No raion known 2 not known", "Bucha Raion 1 not known");
        page.QuerySelector("#by-raion-heading")!.TextContent.Should().Be("By raion");
        page.QuerySelector("canvas[data-chart-for='by-raion']").Should().NotBeNull();
        Rows(filtered, "by-month").Should().Equal("February 2024 1 not known");
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        badPage.QuerySelector("form[aria-label='Filter strikes'] input#raion.is-invalid").Should().NotBeNull("the error is shown at the raion field");
        badPage.QuerySelector("#raion-error")!.TextContent.Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/map")]
    [InlineData("/stats")]
    public async Task The_filter_form_has_a_raion_field_with_the_current_value_and_the_stored_raions_suggested(string url)
    {
        await SeedAsync();

        var (_, blank) = await _client.GetPageAsync(url);
        var (response, filtered) = await _client.GetPageAsync(url + "?raion=Bucha%20Raion");

        var field = blank.QuerySelector("form[aria-label='Filter strikes'] input#raion[name='raion']") as AngleSharp.Html.Dom.IHtmlInputElement;
        field.Should().NotBeNull();
        field!.Value.Should().BeEmpty();
        blank.QuerySelector("label[for='raion']")!.TextContent.Should().Be("Raion");
        blank.QuerySelectorAll($"datalist#{field.GetAttribute("list")} option").Select(o => o.GetAttribute("value")).Should().Equal("Brovary Raion", "Bucha Raion");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (filtered.QuerySelector("form[aria-label='Filter strikes'] input#raion") as AngleSharp.Html.Dom.IHtmlInputElement)!.Value.Should().Be("Bucha Raion");
        filtered.QuerySelector("form[aria-label='Filter strikes'] a.btn-outline-secondary")!.TextContent.Should().Be("Clear", "a raion counts as a filter");
    }

    [Fact]
    public async Task Submitting_the_filter_form_with_a_raion_filters_the_timeline()
    {
        var s = await SeedAsync();
        var (_, page) = await _client.GetPageAsync("/");
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("form[aria-label='Filter strikes']")!;
        ((AngleSharp.Html.Dom.IHtmlInputElement)form.QuerySelector("#raion")!).Value = "Bucha Raion";

        var fields = form.Elements.OfType<AngleSharp.Html.Dom.IHtmlInputElement>().Where(i => i.Name is { Length: > 0 } && i.Type != "submit")
            .Select(i => $"{Uri.EscapeDataString(i.Name!)}={Uri.EscapeDataString(i.Value)}")
            .Concat(form.Elements.OfType<AngleSharp.Html.Dom.IHtmlSelectElement>().Select(sel => $"{sel.Name}={Uri.EscapeDataString(sel.Value ?? "")}"));
        var (response, timeline) = await _client.GetPageAsync(form.GetAttribute("action") + "?" + string.Join("&", fields));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        timeline.QuerySelectorAll("li.strike-item").Select(li => li.GetAttribute("data-strike-id")).Should().Equal(Id(s.AtBrovaryAndBucha));
    }

    [Fact]
    public async Task The_timeline_and_the_map_take_the_raion_filter()
    {
        var s = await SeedAsync();

        var (timeline, timelinePage) = await _client.GetPageAsync("/?raion=Bucha%20Raion");
        var (map, mapPage) = await _client.GetPageAsync("/map?raion=Bucha%20Raion");
        var (badMap, _) = await _client.GetPageAsync("/map?raion=" + new string('a', 201));

        timeline.StatusCode.Should().Be(HttpStatusCode.OK);
        timelinePage.QuerySelectorAll("li.strike-item").Select(li => li.GetAttribute("data-strike-id")).Should().Equal(Id(s.AtBrovaryAndBucha));
        map.StatusCode.Should().Be(HttpStatusCode.OK);
        mapPage.QuerySelectorAll($"a[href='/strikes/{Id(s.AtBrovaryAndBucha)}']").Should().NotBeEmpty();
        mapPage.QuerySelectorAll($"a[href='/strikes/{Id(s.AtBrovary)}']").Should().BeEmpty();
        badMap.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_place_page_links_to_the_strikes_in_its_raion()
    {
        var s = await SeedAsync();
        var brovaryId = s.AtBrovary.Places[0].PlaceId;

        var (_, page) = await _client.GetPageAsync($"/places/{brovaryId}");
        var href = page.QuerySelector("a.raion-strikes")!.GetAttribute("href")!;
        var (_, timeline) = await _client.GetPageAsync(href);

        href.Should().Be("/?raion=Brovary%20Raion");
        timeline.QuerySelectorAll("li.strike-item").Select(li => li.GetAttribute("data-strike-id")).Should().BeEquivalentTo([Id(s.AtBrovary), Id(s.AtBrovaryAndBucha)]);
    }

    private static string Id(Strike strike) => strike.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static List<string> Rows(AngleSharp.Dom.IDocument page, string table) =>
        page.QuerySelectorAll($"#{table} tbody tr").Select(tr => string.Join(" ", tr.Children.Select(c => c.TextContent.Trim()))).ToList();
}
