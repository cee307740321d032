using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Weapons;

namespace MissileTracker.Tests.Weapons;

public sealed class WeaponsApiTests : IDisposable
{
    private readonly TrackerApp _app = new(knownEvidence: false);

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Reference_table_holds_the_known_types_and_the_ambiguous_label()
    {
        var weapons = await _app.CreateClient().GetJsonAsync<List<WeaponDto>>("/api/v1/weapons");

        weapons.Select(w => w.Code).Should().Contain(["kn-23", "kn-24", "hwasong-11", "iskander-m-or-kn-23", "dprk-ballistic-unspecified"]);
        weapons.Single(w => w.Code == "iskander-m-or-kn-23").Should().Match<WeaponDto>(w => w.IsAmbiguous && w.OriginCountry == null);
    }
}
