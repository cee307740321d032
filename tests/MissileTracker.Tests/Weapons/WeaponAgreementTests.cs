using FluentAssertions;
using MissileTracker.Web.Weapons;
using Xunit;

namespace MissileTracker.Tests.Weapons;

public sealed class WeaponAgreementTests
{
    [Theory]
    [InlineData("", "kn-23")]                             // type not stated vs KN-23
    [InlineData("kn-23", "kn-23,kn-24")]                  // KN-23 vs "KN-23 or KN-24"
    [InlineData("kn-23", "hwasong-11")]                   // a family covers its members
    [InlineData("kn-24", "dprk-ballistic-unspecified")]   // "North Korean, type not stated" covers them all
    [InlineData("hwasong-11", "dprk-ballistic-unspecified")]
    [InlineData("iskander-m-or-kn-23", "kn-23")]          // the ambiguous catalogue entry stands for both
    [InlineData("iskander-m-or-kn-23", "iskander-m")]
    [InlineData("iskander-m,kn-23", "kn-23")]
    public void Compatible_answers_agree(string codes, string otherCodes)
    {
        WeaponAgreement.Agree(Set(codes), Set(otherCodes)).Should().BeTrue();
        WeaponAgreement.Agree(Set(otherCodes), Set(codes)).Should().BeTrue("agreement does not depend on the order");
    }

    [Theory]
    [InlineData("drone", "kn-23")]                        // missile vs drone
    [InlineData("s-300", "kn-23")]
    [InlineData("kn-23", "kn-24")]
    [InlineData("drone", "dprk-ballistic-unspecified")]
    [InlineData("iskander-m", "kn-24")]
    [InlineData("kh-59", "kn-23,kn-24")]
    public void Disjoint_answers_conflict(string codes, string otherCodes)
    {
        WeaponAgreement.Agree(Set(codes), Set(otherCodes)).Should().BeFalse();
        WeaponAgreement.Agree(Set(otherCodes), Set(codes)).Should().BeFalse();
    }

    [Fact]
    public void Any_conflicting_pair_makes_the_sources_differ()
    {
        WeaponAgreement.AnyConflict([Set(""), Set("kn-23"), Set("kn-23,kn-24")]).Should().BeFalse();
        WeaponAgreement.AnyConflict([Set("s-300"), Set(""), Set("kn-23")]).Should().BeTrue();
        WeaponAgreement.AnyConflict([]).Should().BeFalse();
    }

    [Fact]
    public void Every_code_a_family_covers_is_in_the_catalogue()
    {
        var codes = WeaponCatalog.All.Select(w => w.Code).ToHashSet();
        WeaponCatalog.Covers.Keys.Concat(WeaponCatalog.Covers.Values.SelectMany(v => v)).Should().OnlyContain(c => codes.Contains(c));
    }

    private static string[] Set(string codes) => codes.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
