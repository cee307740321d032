using FluentAssertions;
using MissileTracker.Web.Statements;
using Xunit;

namespace MissileTracker.Tests.Statements;

public sealed class FigureTests
{
    [Theory]
    [InlineData(6, FigureQualifier.Exact, null, "6", 6, 6)]
    [InlineData(6, FigureQualifier.AtLeast, null, "at least 6", 6, null)]
    [InlineData(70, FigureQualifier.MoreThan, null, "more than 70", 71, null)]
    [InlineData(20, FigureQualifier.About, null, "about 20", 20, 20)]
    [InlineData(5, FigureQualifier.AtMost, null, "up to 5", 0, 5)]
    [InlineData(6, FigureQualifier.Range, 8, "6–8", 6, 8)]
    [InlineData(1200, FigureQualifier.AtLeast, null, "at least 1,200", 1200, null)]
    public void A_figure_reads_as_the_source_said_it_and_bounds_totals(int value, FigureQualifier qualifier, int? high, string text, int? low, int? highBound)
    {
        var figure = new Figure(value, qualifier, high);

        figure.ToString().Should().Be(text);
        figure.Low.Should().Be(low);
        figure.HighBound.Should().Be(highBound);
        figure.IsOpenEnded.Should().Be(highBound is null);
    }

    [Fact]
    public void Words_without_a_number_are_kept_and_bound_nothing()
    {
        var figure = new Figure(null, Words: "several dozen");

        figure.IsGiven.Should().BeTrue();
        figure.ToString().Should().Be("“several dozen” (no number)");
        figure.Low.Should().BeNull();
        figure.IsOpenEnded.Should().BeFalse();
    }

    [Fact]
    public void No_figure_reads_as_not_given()
    {
        Figure.None.IsGiven.Should().BeFalse();
        Figure.None.ToString().Should().Be("not given");
    }
}
