using System.Diagnostics;
using System.Text.RegularExpressions;

namespace MissileTracker.Web.Http;

/// <summary>
/// Every request carries a correlation id: the caller's <c>X-Correlation-ID</c> when it is
/// sane, else a new one. It is echoed in the response header, in every ProblemDetails, and in
/// the log scope of everything logged for the request, so a report of an error can be found.
/// </summary>
public static partial class CorrelationId
{
    public const string Header = "X-Correlation-ID";
    private const string ItemKey = "CorrelationId";

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex Acceptable();

    public static string Of(HttpContext context) => context.Items[ItemKey] as string ?? context.TraceIdentifier;

    public static IApplicationBuilder UseCorrelationIds(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var offered = context.Request.Headers[Header].ToString();
            var id = Acceptable().IsMatch(offered) ? offered : Activity.Current?.TraceId.ToString() ?? Guid.NewGuid().ToString("N");
            context.Items[ItemKey] = id;
            context.Response.Headers[Header] = id;
            var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("MissileTracker.Requests");
            using (Scope(logger, id))
            {
                var started = Stopwatch.GetTimestamp();
                await next(context);
                if (logger.IsEnabled(LogLevel.Information))
                {
                    var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    LogRequest(logger, context.Request.Method, context.Request.Path.Value ?? "/", context.Response.StatusCode, elapsed);
                }
            }
        });

    private static readonly Func<ILogger, string, IDisposable?> Scope = LoggerMessage.DefineScope<string>("CorrelationId:{CorrelationId}");

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path} answered {StatusCode} in {ElapsedMs:0.0} ms")]
    private static partial void LogRequest(ILogger logger, string method, string path, int statusCode, double elapsedMs);
}
