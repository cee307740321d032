using System.Net;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Querying;

namespace MissileTracker.Tests.Querying;

/// <summary>
/// A query parameter is declared once, and binding, parsing, the 400 messages and the OpenAPI schema all follow
/// that declaration: the drift this guards against shipped once (officials' paging documented as strings).
/// </summary>
public sealed class QueryParameterDeclarationTests : IDisposable
{
    private readonly TrackerApp _app = new();

    public void Dispose() => _app.Dispose();

    public static TheoryData<Type> ParameterClasses => [.. typeof(QueryParameters).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(QueryParameters).IsAssignableFrom(t))];

    [Theory]
    [MemberData(nameof(ParameterClasses))]
    public void Every_bound_property_carries_exactly_one_declaration_and_every_name_is_unique(Type parameters)
    {
        var bound = parameters.GetProperties().Where(p => p.SetMethod is { IsPublic: true }).ToList();

        bound.Should().NotBeEmpty();
        bound.Should().OnlyContain(p => p.PropertyType == typeof(string) && p.GetCustomAttributes<QueryParameterAttribute>().Count() == 1,
            "a bound property is text with one declaration (name, type, bounds), or binding and the schema could disagree");
        bound.Select(p => p.GetCustomAttribute<QueryParameterAttribute>()!.Name).Should().OnlyHaveUniqueItems();
        parameters.GetProperties().Where(p => p.SetMethod is null || !p.SetMethod.IsPublic).Should().OnlyContain(p => p.SetMethod == null,
            "parsed values are get-only, so neither minimal APIs nor Razor Pages try to bind them");
    }

    [Theory]
    [MemberData(nameof(ParameterClasses))]
    public void Every_parameter_class_declares_all_its_properties_itself(Type parameters)
    {
        parameters.BaseType.Should().Be<QueryParameters>(
            "the Request Delegate Generator binds only the properties an [AsParameters] type declares itself: an inherited one "
            + "would be neither bound nor documented; take two classes side by side instead");
        parameters.IsSealed.Should().BeTrue();
    }

    [Fact]
    public async Task Every_list_documents_page_and_page_size_alike_as_integers_from_their_one_declaration()
    {
        using var document = JsonDocument.Parse(await _app.CreateClient().GetStringAsync("/swagger/v1/swagger.json"));
        var paged = document.RootElement.GetProperty("paths").EnumerateObject()
            .Where(path => path.Value.TryGetProperty("get", out var get) && get.TryGetProperty("parameters", out _))
            .Select(path => (path.Name, Parameters: path.Value.GetProperty("get").GetProperty("parameters").EnumerateArray()
                .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("schema").GetRawText())))
            .Where(path => path.Parameters.ContainsKey("page"))
            .ToList();

        paged.Select(p => p.Name).Should().Contain(["/api/v1/officials", "/api/v1/strikes", "/api/v1/reports", "/api/v1/claims", "/api/v1/statements"]);
        paged.Select(p => p.Parameters["page"]).Distinct().Should().ContainSingle();
        paged.Select(p => p.Parameters["pageSize"]).Distinct().Should().ContainSingle();
        var pageSize = JsonDocument.Parse(paged[0].Parameters["pageSize"]).RootElement;
        (pageSize.GetProperty("type").GetString(), pageSize.GetProperty("minimum").GetInt32(), pageSize.GetProperty("maximum").GetInt32())
            .Should().Be(("integer", 1, PageRequest.MaxPageSize));
    }

    [Theory]
    [InlineData("/api/v1/officials?pageSize=101")]
    [InlineData("/api/v1/reports?pageSize=101")]
    [InlineData("/api/v1/strikes/deleted?since=yesterday")]
    public async Task A_value_outside_its_declaration_is_a_400_naming_the_parameter(string url)
    {
        var response = await _app.CreateClient().GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var name = url[(url.IndexOf('?', StringComparison.Ordinal) + 1)..url.IndexOf('=', StringComparison.Ordinal)];
        (await response.ReadJsonAsync<HttpValidationProblemDetails>()).Errors.Keys.Should().Equal(name);
    }

    [Fact]
    public async Task A_page_names_the_declared_bounds_next_to_its_list()
    {
        var (response, page) = await _app.CreateClient().GetPageAsync("/officials?pageSize=101");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        page.Body!.TextContent.Should().Contain("pageSize must be a whole number from 1 to 100");
    }
}
