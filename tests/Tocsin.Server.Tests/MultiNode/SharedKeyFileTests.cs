using System.Runtime.Versioning;
using Tocsin.Server.Hosting;
using Tocsin.Server.Signing;

namespace Tocsin.Server.Tests.MultiNode;

/// <summary>Nodes starting at once on an empty shared data directory end up with the same keys.</summary>
public sealed class SharedKeyFileTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "tocsin-tests", Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Nodes_creating_a_key_file_at_once_all_read_the_same_key()
    {
        var keys = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => SharedKeyFile.ReadOrCreate(_directory, "cursor-key.bin", 32))));

        Assert.Single(keys.Select(Convert.ToHexString).Distinct());
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void A_created_key_file_is_readable_by_its_owner_only()
    {
        SharedKeyFile.ReadOrCreate(_directory, "cursor-key.bin", 32);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_directory, "cursor-key.bin")));
    }

    [Fact]
    public async Task Nodes_creating_the_signing_key_set_at_once_all_sign_with_the_stored_key()
    {
        var kids = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => new KeyDirectory(_directory).LoadOrCreate(TimeProvider.System).Current.Kid)));

        var stored = new KeyDirectory(_directory).Load().Value.Current.Kid;
        Assert.All(kids, kid => Assert.Equal(stored, kid));
    }
}
