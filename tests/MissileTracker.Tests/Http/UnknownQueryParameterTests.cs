using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;

namespace MissileTracker.Tests.Http;

/// <summary>A query parameter the endpoint does not declare is a 400 naming it, not a filter silently ignored.</summary>
public sealed class UnknownQueryParameterTests : IDisposable
{
    private readonly TrackerApp _app = new();

    public void Dispose() => _app.Dispose();

    public static TheoryData<string> ReadsWithQueryParameters => [.. ContractPaths.ReadTemplates().Where(t => ContractPaths.QueryParameters(t).Count > 0)];

    [Fact]
    public async Task A_misspelt_filter_gets_400_naming_it_and_listing_the_valid_ones()
    {
        var response = await _app.CreateClient().GetAsync("/api/v1/strikes?dateFrom=2024-01-01");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.ReadJsonAsync<HttpValidationProblemDetails>();
        problem.Type.Should().Be("urn:missiletracker:problem:invalid-query");
        problem.Detail.Should().Contain("dateFrom");
        problem.Errors.Keys.Should().Equal("dateFrom");
        problem.Errors["dateFrom"].Single().Should().Contain("Unknown query parameter 'dateFrom'").And.Contain("from, to");
    }

    [Theory]
    [MemberData(nameof(ReadsWithQueryParameters))]
    public async Task Every_read_with_query_parameters_refuses_an_unknown_one_and_lists_its_documented_ones(string path)
    {
        // A route value that matches the route's constraint: the check runs before the handler looks the record up.
        var url = System.Text.RegularExpressions.Regex.Replace(path, "{[^}]+}", "1");
        var response = await _app.CreateClient().GetAsync(url + "?noSuchParameter=1");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var message = (await response.ReadJsonAsync<HttpValidationProblemDetails>()).Errors["noSuchParameter"].Single();
        var listed = message[(message.IndexOf("Valid parameters: ", StringComparison.Ordinal) + "Valid parameters: ".Length)..].TrimEnd('.').Split(", ");
        listed.Should().BeEquivalentTo(ContractPaths.QueryParameters(path), "the valid names are the endpoint's declared ones, as documented");
    }

    [Fact]
    public async Task Declared_parameters_are_accepted_in_any_case()
    {
        var response = await _app.CreateClient().GetAsync("/api/v1/strikes?Oblast=Kharkiv&PAGESIZE=2");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_write_with_query_parameters_refuses_an_unknown_one_before_it_runs()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);
        var csv = new StringContent("date,summary\n2024-02-01,Imported\n", Encoding.UTF8, "text/csv");

        var response = await editor.PostAsync("/api/v1/import/strikes.csv?dryRun=false&dry=true", csv);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync<HttpValidationProblemDetails>()).Errors.Keys.Should().Equal("dry");
    }
}
