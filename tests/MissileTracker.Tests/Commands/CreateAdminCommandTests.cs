using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Commands;
using MissileTracker.Web.Accounts;

namespace MissileTracker.Tests.Commands;

public sealed class CreateAdminCommandTests : IDisposable
{
    private readonly TrackerApp _app = new(knownEvidence: false);

    public void Dispose() => _app.Dispose();

    private async Task<(int Code, string Output)> RunAsync(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var code = await CreateAdminCommand.RunAsync(_app.Services, args, new StringReader(stdin), output);
        return (code, output.ToString());
    }

    [Fact]
    public async Task Creates_the_first_admin_with_the_password_from_standard_input()
    {
        var (code, output) = await RunAsync("a long admin passphrase\n", "create-admin", "--email", "admin@example.org");

        code.Should().Be(0, output);
        await using var scope = _app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
        var admin = await users.FindByEmailAsync("admin@example.org");
        (await users.GetRolesAsync(admin!)).Should().Equal(Roles.Admin);
        (await users.CheckPasswordAsync(admin!, "a long admin passphrase")).Should().BeTrue();
        output.Should().NotContain("a long admin passphrase");
    }

    [Fact]
    public async Task Refuses_a_short_password_an_existing_account_and_unknown_roles()
    {
        (await RunAsync("short\n", "create-admin", "--email", "a@example.org")).Code.Should().Be(1);
        (await RunAsync("a long admin passphrase\n", "create-admin", "--email", "b@example.org", "--roles", "admin,superuser")).Code.Should().Be(2);
        (await RunAsync("a long admin passphrase\n", "create-admin", "--email", "c@example.org", "--roles", "admin,reviewer,editor")).Code.Should().Be(0);
        (await RunAsync("a long admin passphrase\n", "create-admin", "--email", "c@example.org")).Code.Should().Be(1);
        (await RunAsync("", "create-admin")).Code.Should().Be(2);
    }

    [Fact]
    public async Task Create_token_prints_a_working_secret_once_and_stores_only_its_hash()
    {
        await RunAsync("a long editor passphrase\n", "create-admin", "--email", "script@example.org", "--roles", "editor");
        var output = new StringWriter();

        var code = await CreateTokenCommand.RunAsync(_app.Services, ["create-token", "--email", "script@example.org", "--name", "load run"], output);

        code.Should().Be(0);
        var secret = output.ToString().Trim();
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        (await client.PostAsync("/api/v1/reports", System.Net.Http.Json.JsonContent.Create(new { outlet = "X", title = "Y", language = "en" }))).StatusCode
            .Should().Be(System.Net.HttpStatusCode.Created);
        (await _app.WithDbAsync(db => Task.FromResult(db.ApiTokens.Single().Hash))).Should().Be(ApiTokenAuthenticationHandler.HashOf(secret));
        (await CreateTokenCommand.RunAsync(_app.Services, ["create-token", "--email", "nobody@example.org"], new StringWriter())).Should().Be(1);
    }
}
