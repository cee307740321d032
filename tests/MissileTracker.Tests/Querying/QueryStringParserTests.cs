using MissileTracker.Web.Geography;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Statements;

namespace MissileTracker.Tests.Querying;

public sealed class QueryStringParserTests
{
    private readonly QueryStringParser _errors = new();

    [Fact]
    public void Parses_an_iso_date_and_rejects_impossible_ones()
    {
        _errors.Date("from", "2024-01-06").Should().Be(new DateOnly(2024, 1, 6));
        _errors.Date("to", "2024-02-30").Should().BeNull();
        _errors.Date("at", "06/01/2024").Should().BeNull();

        _errors.ToDictionary().Keys.Should().BeEquivalentTo("to", "at");
    }

    [Fact]
    public void Missing_values_are_not_errors()
    {
        _errors.Date("from", null).Should().BeNull();
        _errors.EnumList<Oblast>("oblast", " ").Should().BeEmpty();
        Paging(null, "").Should().Be(new PageRequest(1, PageRequest.DefaultPageSize));

        _errors.Any.Should().BeFalse();
    }

    [Fact]
    public void Enum_lists_match_names_case_insensitively_but_not_numbers()
    {
        _errors.EnumList<Oblast>("oblast", "kharkiv, Odesa,kharkiv").Should().Equal(Oblast.Kharkiv, Oblast.Odesa);
        _errors.EnumList<Oblast>("oblast", "3").Should().BeEmpty();

        _errors.ToDictionary()["oblast"].Should().ContainSingle().Which.Should().Contain("Unknown oblast '3'");
    }

    [Fact]
    public void Code_lists_return_the_canonical_code() =>
        _errors.CodeList("type", "KN-23", ["kn-23", "kn-24"]).Should().Equal("kn-23");

    [Theory]
    [InlineData("0", "25")]
    [InlineData("1", "101")]
    [InlineData("x", "25")]
    [InlineData("1", "1e3")]
    public void Paging_outside_its_bounds_is_an_error(string page, string size)
    {
        Paging(page, size);

        _errors.Any.Should().BeTrue();
    }

    [Fact]
    public void Timestamps_need_a_date_part()
    {
        _errors.Timestamp("updatedSince", "2024-01-09T10:00:00+02:00").Should().Be(new DateTime(2024, 1, 9, 8, 0, 0, DateTimeKind.Utc));
        _errors.Timestamp("updatedSince", "10:00").Should().BeNull();
        _errors.Any.Should().BeTrue();
    }

    [Theory]
    [InlineData(null, FigureQualifier.Exact, "not given")]
    [InlineData(3, FigureQualifier.Exact, "3")]
    [InlineData(10, FigureQualifier.AtLeast, "at least 10")]
    [InlineData(10000, FigureQualifier.About, "about 10,000")]
    [InlineData(5, FigureQualifier.AtMost, "up to 5")]
    public void Figures_read_with_their_qualifier(int? value, FigureQualifier qualifier, string expected) =>
        Figures.Format(value, qualifier).Should().Be(expected);

    /// <summary>Paging as the API and pages parse it: through <see cref="PagingParameters"/>' declarations.</summary>
    private PageRequest Paging(string? page, string? pageSize)
    {
        var paging = new PagingParameters { Page = page, PageSize = pageSize };
        paging.Parse(_errors);
        return paging.PageRequest;
    }
}
