using System.Security.Cryptography;
using MissileTracker.Tests.Releases;
using MissileTracker.Web.Commands;
using MissileTracker.Web.Releases;
using Microsoft.Extensions.DependencyInjection;

namespace MissileTracker.Tests.Commands;

public sealed class ReleaseCommandTests : IDisposable
{
    private readonly ReleaseTestApp _releases = new();

    public void Dispose() => _releases.Dispose();

    [Fact]
    public async Task Release_create_writes_a_release_with_its_notes_and_prints_each_hash()
    {
        var notes = Path.Combine(Path.GetTempPath(), $"notes-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(notes, "Reference data of Dec 2023 – Dec 2024.");
        var output = new StringWriter();

        var code = await ReleaseCommand.RunAsync(_releases.App.Services, ["release", "create", "--version", "2026.12", "--notes", notes], output);
        File.Delete(notes);

        code.Should().Be(0, output.ToString());
        var release = _releases.App.Services.GetRequiredService<ReleaseStore>().Find("2026.12")!;
        release.Manifest.Notes.Should().Be("Reference data of Dec 2023 – Dec 2024.");
        var csv = release.Manifest.Files.Single(f => f.Name == "strikes.csv");
        output.ToString().Should().Contain($"{csv.Sha256}  strikes.csv");
        Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(release.PathOf("strikes.csv")!))).Should().Be(csv.Sha256);
    }

    [Fact]
    public async Task Release_create_refuses_a_reused_or_malformed_version()
    {
        (await ReleaseCommand.RunAsync(_releases.App.Services, ["release", "create", "--version", "2026.12"], new StringWriter())).Should().Be(0);

        (await ReleaseCommand.RunAsync(_releases.App.Services, ["release", "create", "--version", "2026.12"], new StringWriter())).Should().Be(1);
        (await ReleaseCommand.RunAsync(_releases.App.Services, ["release", "create", "--version", "../x"], new StringWriter())).Should().Be(2);
        (await ReleaseCommand.RunAsync(_releases.App.Services, ["release", "create"], new StringWriter())).Should().Be(2);
        (await ReleaseCommand.RunAsync(_releases.App.Services, ["release", "create", "--version", "2027.1", "--notes", "/no/such/file"], new StringWriter())).Should().Be(2);
    }
}
