using FluentAssertions;
using MissileTracker.Web.Statements;
using MissileTracker.Web.Stats;
using Xunit;

namespace MissileTracker.Tests.Stats;

public sealed class FigureTotalTests
{
    [Fact]
    public void Exact_figures_give_equal_low_and_high_totals()
    {
        var total = Sum(new Figure(2), new Figure(3));

        (total.Low, total.High).Should().Be((5, 5));
        StatsBucket.Text(total.Low, total.High).Should().Be("5");
    }

    [Fact]
    public void An_at_least_figure_makes_the_total_a_lower_bound()
    {
        var total = Sum(new Figure(2), new Figure(6, FigureQualifier.AtLeast));

        (total.Low, total.High).Should().Be((8, (int?)null));
        StatsBucket.Text(total.Low, total.High).Should().Be("at least 8");
    }

    [Fact]
    public void More_than_up_to_about_and_ranges_add_their_bounds()
    {
        var total = Sum(new Figure(70, FigureQualifier.MoreThan), new Figure(5, FigureQualifier.AtMost), new Figure(20, FigureQualifier.About), new Figure(6, FigureQualifier.Range, 8));

        total.Low.Should().Be(71 + 0 + 20 + 6);
        total.High.Should().BeNull("more than 70 sets no upper bound");

        var bounded = Sum(new Figure(5, FigureQualifier.AtMost), new Figure(6, FigureQualifier.Range, 8));
        (bounded.Low, bounded.High).Should().Be((6, 13));
        StatsBucket.Text(bounded.Low, bounded.High).Should().Be("6–13");
    }

    [Fact]
    public void Words_without_a_number_add_nothing_low_and_leave_the_high_open()
    {
        var total = Sum(new Figure(3), new Figure(null, Words: "several dozen"));

        (total.Low, total.High).Should().Be((3, (int?)null));
    }

    [Fact]
    public void No_figure_given_leaves_both_totals_unknown()
    {
        var total = Sum(Figure.None, Figure.None);

        (total.Low, total.High).Should().Be(((int?)null, (int?)null));
        StatsBucket.Text(total.Low, total.High).Should().Be("not known");
    }

    private static FigureTotal Sum(params Figure[] figures)
    {
        var total = new FigureTotal();
        foreach (var figure in figures)
        {
            total.Add(figure);
        }

        return total;
    }
}
