using System.Net;
using System.Runtime.Versioning;
using System.Text.Json;
using Tocsin.Server.Signing;

namespace Tocsin.Server.Tests.Signing;

public sealed class KeysEndpointTests : IDisposable
{
    private readonly KeysServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task The_key_set_is_public_JWKS_with_caching_headers()
    {
        using var response = await _server.GetKeysAsync();

        await HttpAssert.StatusAsync(HttpStatusCode.OK, response, "application/jwk-set+json");
        Assert.Equal("public, max-age=300", response.Headers.CacheControl?.ToString());
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task Each_key_has_only_public_members_for_RS256_signatures()
    {
        using var response = await _server.GetKeysAsync();

        var key = Assert.Single(Keys(await HttpAssert.StatusAsync(HttpStatusCode.OK, response)));
        Assert.Equal(["kty", "kid", "use", "alg", "n", "e"], key.EnumerateObject().Select(p => p.Name));
        Assert.Equal("RS256", key.GetProperty("alg").GetString());
    }

    [Fact]
    public async Task The_first_key_is_3072_bits()
    {
        using var response = await _server.GetKeysAsync();

        var n = Keys(await HttpAssert.StatusAsync(HttpStatusCode.OK, response))[0].GetProperty("n").GetString()!;
        Assert.Equal(3072 / 8, System.Buffers.Text.Base64Url.DecodeFromChars(n).Length);
    }

    [Fact]
    public async Task Keys_persist_across_restarts()
    {
        using var first = await _server.GetKeysAsync();
        using var second = await _server.GetKeysAsync();

        Assert.Equal(await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_matching_etag_is_answered_304()
    {
        using var first = await _server.GetKeysAsync();

        using var again = await _server.GetKeysAsync(first.Headers.ETag!.ToString());

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task Private_key_files_are_readable_by_the_owner_only()
    {
        using var response = await _server.GetKeysAsync();

        var file = Assert.Single(Directory.GetFiles(_server.KeysDirectory, "*.pem"));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(_server.KeysDirectory));
    }

    [Fact]
    public async Task After_rotation_the_new_key_comes_first_and_the_old_one_stays_published()
    {
        using var before = await _server.GetKeysAsync();
        var oldKid = Keys(await before.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))[0].GetProperty("kid").GetString();
        var rotated = new KeyDirectory(_server.DataDirectory).Rotate(TimeProvider.System, TimeSpan.FromDays(90)).Value;

        using var after = await _server.GetKeysAsync();

        var kids = Keys(await HttpAssert.StatusAsync(HttpStatusCode.OK, after)).Select(k => k.GetProperty("kid").GetString());
        Assert.Equal([rotated.Current.Kid, oldKid], kids);
    }

    [Fact]
    public async Task A_retired_key_is_no_longer_published_after_its_period()
    {
        using var before = await _server.GetKeysAsync();
        var rotated = new KeyDirectory(_server.DataDirectory).Rotate(TimeProvider.System, TimeSpan.Zero).Value;

        using var after = await _server.GetKeysAsync();

        var key = Assert.Single(Keys(await HttpAssert.StatusAsync(HttpStatusCode.OK, after)));
        Assert.Equal(rotated.Current.Kid, key.GetProperty("kid").GetString());
    }

    private static JsonElement[] Keys(string body) =>
        [.. JsonDocument.Parse(body).RootElement.GetProperty("keys").EnumerateArray()];
}
