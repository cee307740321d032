using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MissileTracker.Tests.Infrastructure;

/// <summary>Cookie sign-in through the real login form, and form posts with their antiforgery token.</summary>
public static class SignedIn
{
    public static HttpClient CookieClient(this TrackerApp app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client signed in (by cookie) as a new account with <paramref name="roles"/>.</summary>
    public static async Task<HttpClient> SignedInClientAsync(this TrackerApp app, string name, params string[] roles)
    {
        var email = await app.CreateUserAsync(name, roles);
        var client = app.CookieClient();
        var response = await client.PostFormAsync("/account/login", new() { ["Input.Email"] = email, ["Input.Password"] = Staff.Password });
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "signing in redirects to the editor");
        return client;
    }

    /// <summary>GETs <paramref name="url"/>, takes the antiforgery token from its first POST form, and posts <paramref name="fields"/> to it.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, Dictionary<string, string> fields, string? formUrl = null)
    {
        var token = await client.AntiforgeryTokenAsync(formUrl ?? url);
        var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(url, content);
    }

    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string url)
    {
        var (response, page) = await client.GetPageAsync(url);
        response.IsSuccessStatusCode.Should().BeTrue($"GET {url} should show a form, but returned {(int)response.StatusCode}");
        var input = page.QuerySelector("form[method=post] input[name=__RequestVerificationToken]") as IHtmlInputElement;
        input.Should().NotBeNull($"{url} should have a POST form with an antiforgery token");
        return input!.Value;
    }
}
