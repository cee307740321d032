using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MissileTracker.Tests.Builders;
using MissileTracker.Tests.Infrastructure;
using Xunit.Sdk;

namespace MissileTracker.Tests.OpenApi;

/// <summary>
/// The check every test client runs on API responses (<see cref="OpenApiContractHandler"/>) can fail:
/// fed responses that break a contract, it reports each break; fed one that keeps it, it stays quiet.
/// </summary>
public sealed class ResponseContractCheckTests
{
    // The shape of the drift found in the issue: "aggregate" was a bare $ref (never null) though the API sends null.
    private const string Contract = """
        {
          "openapi": "3.0.4",
          "paths": {
            "/api/v1/statements/{id}": {
              "get": {
                "responses": {
                  "200": { "description": "OK", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Statement" } } } },
                  "304": { "description": "Not modified" },
                  "404": { "description": "Not found", "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } } }
                }
              }
            },
            "/api/v1/statements/count": {
              "get": { "responses": { "200": { "description": "OK", "content": { "application/json": { "schema": { "type": "integer" } } } } } }
            }
          },
          "components": {
            "schemas": {
              "Statement": {
                "type": "object",
                "required": ["id", "quote"],
                "additionalProperties": false,
                "properties": {
                  "id": { "type": "integer", "format": "int32" },
                  "quote": { "type": "string" },
                  "note": { "type": "string", "nullable": true },
                  "aggregate": { "$ref": "#/components/schemas/Aggregate" },
                  "official": { "type": "object", "allOf": [{ "$ref": "#/components/schemas/Official" }], "nullable": true }
                }
              },
              "Aggregate": { "type": "object", "properties": { "text": { "type": "string" } } },
              "Official": { "type": "object", "properties": { "name": { "type": "string" } } },
              "Problem": { "type": "object", "required": ["status"], "properties": { "status": { "type": "integer" } } }
            }
          }
        }
        """;

    private static readonly OpenApiResponseContract Checker = OpenApiResponseContract.Parse(Contract);

    private static IReadOnlyList<string> Check(string body, int status = 200, string mediaType = "application/json", string method = "GET",
        string path = "/api/v1/statements/7") =>
        Checker.Check(method, path, status, new MediaTypeHeaderValue(mediaType), Encoding.UTF8.GetBytes(body));

    [Fact]
    public void A_response_that_keeps_the_contract_passes()
    {
        Check("""{"id":7,"quote":"Words","note":null,"official":null,"aggregate":{"text":"at least 10"}}""").Should().BeEmpty();
        Check("""{"id":7,"quote":"Words","official":{"name":"John Kirby"}}""").Should().BeEmpty();
        Check("""{"status":404}""", 404, "application/problem+json").Should().BeEmpty();
        Check("", 304).Should().BeEmpty();
        Check("", method: "HEAD").Should().BeEmpty("a HEAD request is checked against its GET, without a body");
        Check("3", path: "/api/v1/statements/count").Should().BeEmpty("a literal path wins over a templated one");
    }

    [Fact]
    public void Null_where_the_schema_says_never_null_fails()
    {
        Check("""{"id":7,"quote":"Words","aggregate":null}""").Should().Contain(e => e.Contains("/aggregate"));
        Check("""{"id":7,"quote":null}""").Should().Contain(e => e.Contains("/quote"));
    }

    [Fact]
    public void A_missing_required_property_a_wrong_type_and_an_undocumented_property_fail()
    {
        Check("""{"id":7}""").Should().Contain(e => e.Contains("quote"));
        Check("""{"id":"seven","quote":"Words"}""").Should().Contain(e => e.Contains("/id"));
        Check("""{"id":7,"quote":"Words","surprise":1}""").Should().NotBeEmpty();
        Check("""{"id":7,"quote":"Words","official":{"name":3}}""").Should().NotBeEmpty("a nullable reference is still checked when it is not null");
    }

    [Fact]
    public void An_undocumented_status_media_type_or_body_fails()
    {
        Check("""{"status":418}""", 418, "application/problem+json").Should().Contain(e => e.Contains("418"));
        Check("<p>hello</p>", mediaType: "text/html").Should().Contain(e => e.Contains("text/html"));
        Check("""{"id":7}""", 304).Should().Contain(e => e.Contains("describes none"));
        Check("", 200).Should().Contain(e => e.Contains("no body"));
        Check("{\"id\":", 200).Should().Contain(e => e.Contains("not JSON"));
        Check("x", method: "HEAD").Should().Contain(e => e.Contains("HEAD"));
        Check("[]", path: "/api/v1/nowhere").Should().Contain(e => e.Contains("no such path"));
        Check("[]", method: "DELETE").Should().Contain(e => e.Contains("no such operation"));
    }

    [Fact]
    public void Framework_answers_to_requests_the_contract_does_not_describe_pass()
    {
        Check("", 404, path: "/api/v1/nowhere").Should().BeEmpty();
        Check("", 405, method: "DELETE").Should().BeEmpty();
        Check("", 204, method: "OPTIONS").Should().BeEmpty("a CORS preflight is not an operation");
    }

    [Fact]
    public async Task The_handler_on_every_client_fails_the_request_that_breaks_the_checked_in_contract()
    {
        var served = new Queue<HttpResponseMessage>([
            Json(HttpStatusCode.OK, """{"id":"three"}"""),
            Json((HttpStatusCode)418, """{"status":418}""", "application/problem+json"),
            Json(HttpStatusCode.OK, """{"id":3}"""),
        ]);
        using var client = new HttpClient(new OpenApiContractHandler(OpenApiResponseContract.Current) { InnerHandler = new Serving(served) })
        {
            BaseAddress = new Uri("http://localhost"),
        };

        (await FluentActions.Awaiting(() => client.GetAsync("/api/v1" + KnownEvidence.KharkivStrikePath)).Should().ThrowAsync<XunitException>())
            .WithMessage("*OpenAPI contract*/id*");
        (await FluentActions.Awaiting(() => client.GetAsync("/api/v1" + KnownEvidence.KharkivStrikePath)).Should().ThrowAsync<XunitException>())
            .WithMessage("*418*");
        (await client.GetAsync("/api/v1" + KnownEvidence.KharkivStrikePath)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public void Clients_made_around_the_check_are_refused()
    {
        using var app = new TrackerApp(knownEvidence: false);

        FluentActions.Invoking(() => app.CreateDefaultClient()).Should().Throw<InvalidOperationException>().WithMessage("*OpenAPI contract*");
        FluentActions.Invoking(() => app.WithWebHostBuilder(_ => { }).CreateClient()).Should().Throw<InvalidOperationException>();
        FluentActions.Invoking(app.CreateClient).Should().NotThrow();
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string body, string mediaType = "application/json") =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) };

    private sealed class Serving(Queue<HttpResponseMessage> responses) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(responses.Dequeue());
    }
}
