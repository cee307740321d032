using System.Net;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Places;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Tests.Places;

/// <summary>/places/{id}, the strike list's place= filter and the strike's places in its detail.</summary>
public sealed class PlacePagesTests : IDisposable
{
    private readonly TrackerApp _app = new(knownEvidence: false);

    public void Dispose() => _app.Dispose();

    private async Task<(Place Brovary, Strike AtBrovary, Strike Elsewhere)> SeedAsync()
    {
        var brovary = new Place { GazetteerKey = "711390", GeoNamesId = 711390, Name = "Brovary", NameUk = "Бровари", Oblast = Oblast.Kyiv, Raion = "Brovary Raion",
            Latitude = 50.51809, Longitude = 30.80671, Status = PublicationStatus.Published };
        var atBrovary = Evidence.Strike(new DateOnly(2024, 2, 15), Oblast.Kyiv, "Brovary", at: (50.51809, 30.80671));
        atBrovary.Places.Add(new StrikePlace { Strike = atBrovary, Place = brovary, Position = 0, Precision = LocationPrecision.Settlement });
        var elsewhere = Evidence.Strike(new DateOnly(2024, 2, 16), Oblast.Kharkiv, "Kharkiv", at: (49.98, 36.25));
        await _app.AddRangeAsync(brovary, atBrovary, elsewhere);
        return (brovary, atBrovary, elsewhere);
    }

    [Fact]
    public async Task A_place_page_shows_the_place_and_its_strikes()
    {
        var (brovary, atBrovary, elsewhere) = await SeedAsync();

        var (response, page) = await _app.CreateClient().GetPageAsync($"/places/{brovary.Id}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.QuerySelector("h1")!.TextContent.Should().Contain("Brovary").And.Contain("Бровари");
        page.QuerySelector(".place-facts")!.TextContent.Should().Contain("Kyiv Oblast").And.Contain("Brovary Raion").And.Contain("711390");
        page.QuerySelectorAll(".place-strikes li").Select(li => li.GetAttribute("data-strike-id")).Should().Equal(atBrovary.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        page.QuerySelector($".place-strikes li[data-strike-id='{elsewhere.Id}']").Should().BeNull();
    }

    [Fact]
    public async Task Unknown_and_draft_places_are_404()
    {
        var draft = new Place { Name = "Testivka", Oblast = Oblast.Kyiv, Latitude = 50.7, Longitude = 31.0, EditorAdded = true, Status = PublicationStatus.Draft };
        await _app.AddRangeAsync(draft);
        var client = _app.CreateClient();

        (await client.GetAsync("/places/99999")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync($"/places/{draft.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_strike_list_filters_by_place_and_the_strike_names_its_places()
    {
        var (brovary, atBrovary, _) = await SeedAsync();
        var client = _app.CreateClient();

        var list = await client.GetJsonAsync<PagedResponse<StrikeSummary>>($"/api/v1/strikes?place={brovary.Id}");
        var detail = await client.GetJsonAsync<StrikeDetail>($"/api/v1/strikes/{atBrovary.Id}");
        var bad = await client.GetAsync("/api/v1/strikes?place=brovary");

        list.Items.Select(s => s.Id).Should().Equal(atBrovary.Id);
        detail.Places.Should().ContainSingle().Which.Should().Be(new StrikePlaceRef(brovary.Id, "Brovary", "Бровари", Oblast.Kyiv, "Brovary Raion", null, 711390, LocationPrecision.Settlement));
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }
}
