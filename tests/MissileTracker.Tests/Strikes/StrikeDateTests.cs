using MissileTracker.Web.Strikes;

namespace MissileTracker.Tests.Strikes;

public sealed class StrikeDateTests
{
    [Theory]
    [InlineData(2024, 1, 6, DatePrecision.Day, "6 Jan 2024")]
    [InlineData(2024, 1, 6, DatePrecision.NightOf, "night of 6/7 Jan 2024")]
    [InlineData(2024, 1, 31, DatePrecision.NightOf, "night of 31 Jan/1 Feb 2024")]
    [InlineData(2023, 12, 31, DatePrecision.NightOf, "night of 31 Dec 2023/1 Jan 2024")]
    [InlineData(2024, 1, 1, DatePrecision.Month, "January 2024")]
    [InlineData(2024, 1, 6, DatePrecision.Approximate, "c. 6 Jan 2024")]
    public void Reads_as_precisely_as_it_is_known(int year, int month, int day, DatePrecision precision, string expected) =>
        new StrikeDate(new DateOnly(year, month, day), precision).ToString().Should().Be(expected);

    [Fact]
    public void A_month_precision_date_is_stored_as_the_first_of_the_month() =>
        new StrikeDate(new DateOnly(2024, 3, 17), DatePrecision.Month).Normalized().Date.Should().Be(new DateOnly(2024, 3, 1));

    [Fact]
    public void Other_precisions_keep_their_day() =>
        new StrikeDate(new DateOnly(2024, 3, 17), DatePrecision.NightOf).Normalized().Date.Should().Be(new DateOnly(2024, 3, 17));
}
