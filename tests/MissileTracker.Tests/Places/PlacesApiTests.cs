using System.Net;
using Microsoft.AspNetCore.Mvc;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Places;
using MissileTracker.Web.Publishing;

namespace MissileTracker.Tests.Places;

public sealed class PlacesApiTests : IDisposable
{
    private readonly TrackerApp _app = new(knownEvidence: false);

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Type_ahead_offers_Brovary_in_Kyiv_oblast_for_Brov()
    {
        var candidates = await _app.CreateClient().GetJsonAsync<List<PlaceCandidate>>("/api/v1/places?q=Brov");

        candidates.Should().Contain(c => c.GeoNamesId == 711390 && c.Name == "Brovary" && c.Oblast == Oblast.Kyiv
            && c.OblastName == "Kyiv Oblast" && c.Raion == "Brovary Raion" && c.GazetteerKey == "711390" && c.PlaceId == null);
        candidates[0].Name.Should().Be("Brovary", "the largest place starting with Brov comes first");
    }

    [Fact]
    public async Task Type_ahead_matches_old_spellings_and_says_which()
    {
        var candidates = await _app.CreateClient().GetJsonAsync<List<PlaceCandidate>>("/api/v1/places?q=Kharkov");

        candidates.Should().Contain(c => c.GeoNamesId == 706483 && c.Name == "Kharkiv" && c.MatchedName == "Kharkov");
    }

    [Fact]
    public async Task A_shared_name_returns_every_namesake_with_its_oblast_and_the_oblast_filter_narrows()
    {
        var client = _app.CreateClient();
        var all = await client.GetJsonAsync<List<PlaceCandidate>>("/api/v1/places?q=Mykolaivka&limit=50");
        var inDonetsk = await client.GetJsonAsync<List<PlaceCandidate>>("/api/v1/places?q=Mykolaivka&oblast=Donetsk&limit=50");

        all.Where(c => c.Name == "Mykolaivka").Select(c => c.Oblast).Distinct().Should().HaveCountGreaterThan(3);
        inDonetsk.Should().NotBeEmpty().And.OnlyContain(c => c.Oblast == Oblast.Donetsk);
    }

    [Theory]
    [InlineData("/api/v1/places", "q")]
    [InlineData("/api/v1/places?q=Kyiv&limit=0", "limit")]
    [InlineData("/api/v1/places?q=Kyiv&oblast=Atlantis", "oblast")]
    [InlineData("/api/v1/places?q=Kyiv&near=1", "near")]
    public async Task Bad_parameters_are_400_naming_the_parameter(string url, string parameter)
    {
        var response = await _app.CreateClient().GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync<ValidationProblemDetails>()).Errors.Should().ContainKey(parameter);
    }

    [Fact]
    public async Task Resolving_a_name_never_picks_the_city_among_namesakes()
    {
        await _app.WithDbAsync(async db =>
        {
            var lookup = new PlaceLookup(db, Gazetteer.Shipped);

            var bare = await lookup.ResolveAsync("Rivne", null, null, staff: false, CancellationToken.None);
            var city = await lookup.ResolveAsync("Rivne", Oblast.Rivne, null, staff: false, CancellationToken.None);
            var kharkov = await lookup.ResolveAsync("Kharkov", Oblast.Kharkiv, null, staff: false, CancellationToken.None);
            var unknown = await lookup.ResolveAsync("Rozhivka", Oblast.Kyiv, "Brovary Raion", staff: false, CancellationToken.None);
            var byRaion = await lookup.ResolveAsync("Pisky", Oblast.Mykolaiv, "Bashtanka district", staff: false, CancellationToken.None);
            var twoInOblast = await lookup.ResolveAsync("Pisky", Oblast.Mykolaiv, null, staff: false, CancellationToken.None);

            bare.Should().BeOfType<PlaceResolution.Ambiguous>().Which.Candidates.Should().Contain(c => c.GeoNamesId == 695594)
                .And.Contain(c => c.Oblast != Oblast.Rivne);
            city.Should().BeOfType<PlaceResolution.Found>().Which.Place.GeoNamesId.Should().Be(695594);
            kharkov.Should().BeOfType<PlaceResolution.Found>().Which.Place.GeoNamesId.Should().Be(706483);
            unknown.Should().BeOfType<PlaceResolution.Unknown>();
            byRaion.Should().BeOfType<PlaceResolution.Found>().Which.Place.Raion.Should().Be("Bashtanka Raion");
            twoInOblast.Should().BeOfType<PlaceResolution.Ambiguous>().Which.Candidates.Should().HaveCount(2);
        });
    }

    [Fact]
    public async Task Draft_editor_added_places_are_offered_to_staff_only()
    {
        await _app.WithDbAsync(async db =>
        {
            db.Places.Add(new Place { Name = "Rozhivka", NameUk = "Рожівка", Oblast = Oblast.Kyiv, Raion = "Brovary Raion", Latitude = 50.78, Longitude = 31.03, EditorAdded = true, Status = PublicationStatus.Draft });
            await db.SaveChangesAsync();
            var lookup = new PlaceLookup(db, Gazetteer.Shipped);

            (await lookup.SearchAsync("Rozh", [], staff: true, 10, CancellationToken.None)).Should().Contain(c => c.Name == "Rozhivka" && c.EditorAdded && c.PlaceId > 0);
            (await lookup.SearchAsync("Рож", [], staff: true, 10, CancellationToken.None)).Should().Contain(c => c.Name == "Rozhivka");
            (await lookup.SearchAsync("Rozh", [], staff: false, 10, CancellationToken.None)).Should().NotContain(c => c.Name == "Rozhivka");
        });
    }
}
