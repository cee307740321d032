using System.Net;
using MissileTracker.Tests.Infrastructure;

namespace MissileTracker.Tests.Http;

/// <summary>Every documented GET answers HEAD with the same status and headers and no body.</summary>
public sealed class HeadRequestTests : IDisposable
{
    private static readonly string[] SharedHeaders =
        ["ETag", "Cache-Control", "Last-Modified", "Vary", "Content-Type", "Content-Disposition", "Content-Encoding", "X-Strikes-Without-Coordinates"];

    private readonly TrackerApp _app = new();

    public void Dispose() => _app.Dispose();

    public static TheoryData<string> Reads => [.. ContractPaths.Reads(id: 1)];

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task Head_answers_as_get_does_without_a_body(string path)
    {
        var client = _app.CreateClient();
        var get = await client.GetAsync(path);

        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        head.StatusCode.Should().Be(get.StatusCode, $"HEAD {path} is GET without the body");
        (await head.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
        foreach (var header in SharedHeaders)
        {
            Values(head, header).Should().Equal(Values(get, header), $"HEAD {path} sends the {header} the GET sends");
        }
    }

    [Fact]
    public async Task Head_tells_the_length_of_the_body_it_leaves_out_and_honours_if_none_match()
    {
        var client = _app.CreateClient();
        var get = await client.GetAsync("/api/v1/weapons");
        var body = await get.Content.ReadAsByteArrayAsync();

        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/v1/weapons"));
        var conditional = new HttpRequestMessage(HttpMethod.Head, "/api/v1/weapons");
        conditional.Headers.IfNoneMatch.Add(get.Headers.ETag!);

        head.Content.Headers.ContentLength.Should().Be(body.Length);
        (await client.SendAsync(conditional)).StatusCode.Should().Be(HttpStatusCode.NotModified);
    }

    private static string[] Values(HttpResponseMessage response, string header) =>
        response.Headers.TryGetValues(header, out var values) || response.Content.Headers.TryGetValues(header, out values) ? [.. values] : [];
}
