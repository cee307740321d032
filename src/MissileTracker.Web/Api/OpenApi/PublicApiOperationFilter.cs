using Microsoft.OpenApi;
using MissileTracker.Web.Http;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace MissileTracker.Web.Api.OpenApi;

/// <summary>
/// Documents what <see cref="TrackerApi"/> attaches to every public read (GET): the conditional-GET
/// request headers, the caching and rate-limit response headers, 304, and that no credentials are needed.
/// </summary>
internal sealed class PublicApiOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<PublicReadApiMetadata>().Any()
            || !HttpMethods.IsGet(context.ApiDescription.HttpMethod ?? ""))
        {
            return;
        }

        // Public reads need no credentials (unless another filter has already said what they accept).
        operation.Security ??= [];

        operation.Parameters ??= [];
        foreach (var id in operation.Parameters.OfType<OpenApiParameter>().Where(p => p is { In: ParameterLocation.Path, Name: "id", Example: null }))
        {
            id.Example = System.Text.Json.Nodes.JsonValue.Create(3);
        }

        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "If-None-Match",
            In = ParameterLocation.Header,
            Description = "ETag(s) of a copy the client holds; when one matches, the response is 304 with no body.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            Example = System.Text.Json.Nodes.JsonValue.Create("\"0f3a9c1e5b7d2a4c6e8f0a1b2c3d4e5f\""),
        });
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "If-Modified-Since",
            In = ParameterLocation.Header,
            Description = "HTTP date of a copy the client holds; ignored when If-None-Match is sent. 304 when nothing changed since.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            Example = System.Text.Json.Nodes.JsonValue.Create("Tue, 09 Jan 2024 12:00:00 GMT"),
        });

        operation.Responses ??= [];
        foreach (var (status, response) in operation.Responses)
        {
            if (status == "200" && response is OpenApiResponse ok)
            {
                ok.Headers ??= new Dictionary<string, IOpenApiHeader>();
                ok.Headers["ETag"] = Header("Validator of this representation; send it back in If-None-Match.");
                ok.Headers["Cache-Control"] = Header("public, max-age=60: caches may reuse the response for 60 seconds "
                    + "(private, no-cache for requests with credentials).");
                ok.Headers["Last-Modified"] = Header("When the data shown last changed (where known).");
                ok.Headers["X-Data-Version"] = Header("The data this response comes from: the change log's newest entry (moved by every edit, publication "
                    + "and import); a release's files carry the version they froze.");
                ok.Headers["X-Data-Release"] = Header("`unreleased` for the live data; a release's version for its files (see /api/v1/releases).");
            }
            else if (status == "429" && response is OpenApiResponse limited)
            {
                limited.Description = "Too many requests from this client in the current minute (ProblemDetails type urn:missiletracker:problem:rate-limited).";
                limited.Headers ??= new Dictionary<string, IOpenApiHeader>();
                limited.Headers["Retry-After"] = new OpenApiHeader
                {
                    Description = "Seconds to wait before retrying.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1" },
                };
            }
        }

        operation.Responses["304"] = new OpenApiResponse
        {
            Description = "Not modified: the client's copy (If-None-Match / If-Modified-Since) is current. No body.",
            Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["ETag"] = Header("The current validator."),
                ["Cache-Control"] = Header("public, max-age=60"),
            },
        };
        if (operation.Responses.TryGetValue("200", out var found) && found is OpenApiResponse success && success.Content is { } content)
        {
            foreach (var (mediaType, example) in MediaTypeExamples.Where(e => content.ContainsKey(e.Key)))
            {
                var own = operation.OperationId is { } id && OperationExamples.TryGetValue(id, out var sample) ? sample : example;
                content[mediaType].Example = System.Text.Json.Nodes.JsonValue.Create(own);
            }
        }

        if (operation.Responses.TryGetValue("400", out var bad) && bad is OpenApiResponse badQuery)
        {
            badQuery.Description = "Invalid or unknown query parameters (ProblemDetails type urn:missiletracker:problem:invalid-query); "
                + "`errors` is keyed by parameter name.";
        }

        if (operation.Responses.TryGetValue("404", out var missing) && missing is OpenApiResponse notFound)
        {
            notFound.Description = "No resource with that id (ProblemDetails type urn:missiletracker:problem:not-found).";
        }
    }

    // Text formats have no schema to show their shape, so the contract shows a short sample.
    private static readonly Dictionary<string, string> MediaTypeExamples = new(StringComparer.Ordinal)
    {
        [CsvResult.MediaType] =
            "id,date,datePrecision,dateText,timeOfDay,settlement,district,oblast,oblastName,latitude,longitude,locationPrecision,"
            + "missileType,missileTypeName,originCountry,originStatus,missilesLaunched,missilesIntercepted,killed,injured,summary,"
            + "officialsQuoted,sourceUrls,createdAt,updatedAt,endDate,endTime,missilesLaunchedQualifier,missilesLaunchedHigh,missilesLaunchedWords,"
            + "missilesInterceptedQualifier,missilesInterceptedHigh,missilesInterceptedWords,killedQualifier,killedHigh,killedWords,"
            + "injuredQualifier,injuredHigh,injuredWords\r\n"
            + "3,2024-01-06,Day,6 Jan 2024,,Kharkiv,,Kharkiv,Kharkiv Oblast,49.9935,36.2304,Settlement,dprk-ballistic-unspecified,"
            + "North Korean ballistic missile (type not stated),KP,ReportedByOfficials,,,,,\"Russia launched several North Korean ballistic "
            + "missiles at Ukraine; at least one fell in Kharkiv.\",John Kirby,https://example.org/report,2024-01-10T09:00:00Z,2024-01-10T09:00:00Z,,,"
            + "Exact,,,Exact,,,Exact,,,Exact,,\r\n",
        [AtomFeedResult.MediaType] =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
            + "<id>https://tracker.example/api/v1/strikes.atom?oblast=Kharkiv</id><title>MissileTracker: strikes where oblast=Kharkiv</title>"
            + "<updated>2024-01-10T09:00:00Z</updated><author><name>MissileTracker</name></author>"
            + "<entry><id>urn:missiletracker:strike:3</id><title>6 Jan 2024: KN-23, Kharkiv, Kharkiv Oblast</title>"
            + "<updated>2024-01-10T09:00:00Z</updated><published>2024-01-10T09:00:00Z</published>"
            + "<link rel=\"alternate\" type=\"text/html\" href=\"https://tracker.example/strikes/3\" />"
            + "<summary>At least one missile fell in Kharkiv. Killed: not given; injured: not given.</summary></entry></feed>",
    };

    // Exports whose rows are not strikes show their own sample.
    private static readonly Dictionary<string, string> OperationExamples = new(StringComparer.Ordinal)
    {
        ["ExportClaimsCsv"] =
            "id,statedOn,speaker,organisation,periodStart,periodEnd,periodAsOf,periodNote,regions,regionOblasts,quote,quoteKind,noReportReason,reportUrls,reportOutlets\r\n"
            + "12,2024-02-16,Andriy Kostin,Prosecutor General of Ukraine,2023-12-30,,,,Kyiv ×3; Kharkiv ×2,KyivCity; Kharkiv,"
            + "\"At least 24 North Korean ballistic missiles (KN-23/KN-24) since 30 December …\",Paraphrase,,"
            + "https://english.alarabiya.net/News/world/2024/02/16/Kyiv-says-Russia-has-fired-over-24-North-Korean-missiles-at-Ukraine-since-Dec-30,Al Arabiya\r\n",
        ["ExportStatementsCsv"] =
            "statementId,statedOn,speaker,organisation,isAggregate,quoteKind,quote,strikeId,strikeDate,dateAsReported,locationAsReported,weaponLabel,"
            + "missileTypes,originClaim,missiles,missilesQualifier,missilesHigh,missilesWords,missilesText,missilesIntercepted,missilesInterceptedQualifier,"
            + "missilesInterceptedHigh,missilesInterceptedWords,missilesInterceptedText,killed,killedQualifier,killedHigh,killedWords,killedText,"
            + "injured,injuredQualifier,injuredHigh,injuredWords,injuredText,reportUrls,reportOutlets\r\n"
            + "1,2024-01-09,John Kirby,U.S. National Security Council,false,Paraphrase,At least one North Korean missile fell in Kharkiv on the 6th.,"
            + "3,2024-01-06,on the 6th,Kharkiv,,dprk-ballistic-unspecified,NotStated,1,AtLeast,,,at least 1,,,,,,,,,,,,,,,,"
            + "https://example.org/report,Korean news site\r\n",
        ["ExportClaimFiguresCsv"] =
            "claimId,position,kind,unit,value,low,high,qualifier,words,weaponLabel,note,text\r\n"
            + "12,0,Missiles,,24,24,,AtLeast,,KN-23/KN-24,,at least 24 missiles (KN-23/KN-24)\r\n"
            + "12,1,Attacks,,12,12,,AtLeast,,,,at least 12 attacks\r\n"
            + "12,2,Regions,,7,7,7,Exact,,,,7 regions\r\n"
            + "12,3,Killed,,14,14,,AtLeast,,,,at least 14 killed\r\n",
    };

    private static OpenApiHeader Header(string description) => new() { Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
}
