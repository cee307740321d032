using System.IO.Compression;
using Xunit.Sdk;

namespace MissileTracker.Tests.Infrastructure;

/// <summary>
/// Sits on every client <see cref="TrackerApp"/> creates, next to the server: each response to an
/// <c>/api/</c> request is checked against the OpenAPI contract, and a response that breaks it fails
/// the test that made the request, whatever that test asserts. A drifted schema cannot pass unnoticed.
/// </summary>
public sealed class OpenApiContractHandler(OpenApiResponseContract contract) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var path = request.RequestUri!.AbsolutePath;
        if (!path.StartsWith("/api/", StringComparison.Ordinal))
        {
            return response;
        }

        // Buffered, so the test still reads the body afterwards.
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await DecodeAsync(await response.Content.ReadAsByteArrayAsync(cancellationToken), response.Content.Headers.ContentEncoding);
        var broken = contract.Check(request.Method.Method, path, (int)response.StatusCode, response.Content.Headers.ContentType, body);
        if (broken.Count > 0)
        {
            throw new XunitException("The response breaks the OpenAPI contract (docs/openapi/v1.json). Fix the API or the schema:"
                + Environment.NewLine + string.Join(Environment.NewLine, broken.Select(b => "  " + b)));
        }

        return response;
    }

    private static async Task<byte[]> DecodeAsync(byte[] body, ICollection<string> encodings)
    {
        foreach (var encoding in encodings.Reverse())
        {
            await using Stream decoder = encoding switch
            {
                "br" => new BrotliStream(new MemoryStream(body), CompressionMode.Decompress),
                "gzip" => new GZipStream(new MemoryStream(body), CompressionMode.Decompress),
                _ => throw new XunitException($"The response has a Content-Encoding the contract check cannot read: {encoding}"),
            };
            using var decoded = new MemoryStream();
            await decoder.CopyToAsync(decoded);
            body = decoded.ToArray();
        }

        return body;
    }
}
