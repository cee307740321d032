using MissileTracker.Web.Geography;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Tests.Strikes;

public sealed class StrikeLocationTests
{
    [Fact]
    public void No_place_reads_as_not_reported() =>
        StrikeLocation.Of(new Strike { LocationPrecision = LocationPrecision.NotReported }).Text.Should().Be("Location not reported");

    [Fact]
    public void Known_parts_read_from_smallest_to_largest()
    {
        var strike = new Strike { District = "Slobidskyi district", Settlement = "Kharkiv", Oblast = Oblast.Kharkiv };

        StrikeLocation.Of(strike).Text.Should().Be("Slobidskyi district, Kharkiv, Kharkiv Oblast");
    }

    [Fact]
    public void Every_oblast_has_a_name_and_a_unique_iso_code()
    {
        Oblasts.All.Select(o => o.Oblast).Should().BeEquivalentTo(Enum.GetValues<Oblast>());
        Oblasts.All.Should().HaveCount(27, "24 oblasts, Kyiv city, Crimea and Sevastopol");
        Oblasts.All.Select(o => o.IsoCode).Should().OnlyHaveUniqueItems().And.OnlyContain(c => c.StartsWith("UA-"));
    }
}
