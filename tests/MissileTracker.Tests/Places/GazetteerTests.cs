using MissileTracker.Web.Geography;
using MissileTracker.Web.Places;

namespace MissileTracker.Tests.Places;

/// <summary>The gazetteer file shipped inside the app, read as the app reads it.</summary>
public sealed class GazetteerTests
{
    private static readonly Gazetteer Shipped = Gazetteer.Shipped;

    [Fact]
    public void Ships_the_places_of_Ukraine_with_every_oblast()
    {
        Shipped.Places.Should().HaveCountGreaterThan(4000);
        Shipped.Places.Select(p => p.Oblast).Distinct().Should().BeEquivalentTo(Enum.GetValues<Oblast>());
        Shipped.Places.Should().OnlyContain(p => p.Latitude > 44 && p.Latitude < 53 && p.Longitude > 22 && p.Longitude < 41);
    }

    [Fact]
    public void Brovary_is_GeoNames_711390_in_Kyiv_oblast_and_Brovary_raion()
    {
        var brovary = Shipped.Find("711390")!;

        brovary.Should().Match<GazetteerPlace>(p => p.GeoNamesId == 711390 && p.Name == "Brovary" && p.NameUk == "Бровари"
            && p.Oblast == Oblast.Kyiv && p.Raion == "Brovary Raion" && p.Population > 50_000);
        brovary.Latitude.Should().BeApproximately(50.518, 0.01);
        brovary.Longitude.Should().BeApproximately(30.807, 0.01);
    }

    [Fact]
    public void Oblast_centres_are_found_by_their_old_and_Russian_spellings()
    {
        Shipped.Named("Kharkov").Should().ContainSingle(p => p.GeoNamesId == 706483);
        Shipped.Named("Харків").Should().ContainSingle(p => p.GeoNamesId == 706483);
        Shipped.Named("Kiev").Should().Contain(p => p.GeoNamesId == 703448 && p.Oblast == Oblast.KyivCity);
        Shipped.Named("Dnipropetrovsk").Should().Contain(p => p.GeoNamesId == 709930);
        Shipped.Named("khar'kov").Should().ContainSingle(p => p.GeoNamesId == 706483);
    }

    [Fact]
    public void A_name_shared_by_a_city_and_villages_returns_every_one_with_its_oblast()
    {
        var rivnes = Shipped.Named("Rivne");

        rivnes.Should().HaveCountGreaterThan(1);
        rivnes.Should().Contain(p => p.GeoNamesId == 695594 && p.Oblast == Oblast.Rivne);
        rivnes.Select(p => p.Oblast).Should().Contain(o => o != Oblast.Rivne);
    }

    [Fact]
    public void Villages_without_a_GeoNames_id_keep_a_stable_key_and_their_raion()
    {
        var zvirove = Shipped.Named("Zvirove").Should().ContainSingle().Subject;

        zvirove.Should().Match<GazetteerPlace>(p => p.GeoNamesId == null && p.Key.StartsWith('n') && p.Oblast == Oblast.Donetsk && p.Raion == "Pokrovsk Raion");
    }

    [Fact]
    public void Prefix_search_finds_each_place_once()
    {
        var found = Shipped.StartingWith("Brov").ToList();

        found.Should().Contain(p => p.GeoNamesId == 711390);
        found.Should().OnlyHaveUniqueItems(p => p.Key);
        Shipped.StartingWith("Бров").Should().Contain(p => p.GeoNamesId == 711390);
    }

    [Theory]
    [InlineData("Kryvyi Rih", "kryvyi rih")]
    [InlineData("Kryvyi-Rih", "kryvyi rih")]
    [InlineData("Khar’kov", "kharkov")]
    [InlineData("Bila  Tserkva ", "bila tserkva")]
    [InlineData("Київ", "київ")]
    public void Names_fold_case_apostrophes_and_hyphens(string name, string folded) =>
        PlaceNames.Fold(name).Should().Be(folded);
}
