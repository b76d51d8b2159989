using System.Text;
using Microsoft.Extensions.Time.Testing;
using Tocsin.Core.Signing;
using Tocsin.Server.Signing;

namespace Tocsin.Server.Tests.Signing;

public sealed class ServerSignerTests : IDisposable
{
    private readonly KeysServer _data = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2024, 3, 24, 12, 0, 0, TimeSpan.Zero));

    public void Dispose() => _data.Dispose();

    [Fact]
    public void Raw_signatures_verify_under_the_current_kid()
    {
        var signer = ServerSigner.Open(_data.DataDirectory, _clock);
        var data = Encoding.UTF8.GetBytes("checkpoint 42");

        var verified = signer.Verify(data, signer.Sign(data), signer.CurrentKid);

        Assert.Equal(signer.CurrentKid, verified.Value.Kid);
    }

    [Fact]
    public void What_the_old_key_signed_still_verifies_after_rotation_until_its_period_ends()
    {
        var body = Encoding.UTF8.GetBytes("{\"type\":\"bundle\"}");
        var jws = ServerSigner.Open(_data.DataDirectory, _clock).SignDetached(body);
        new KeyDirectory(_data.DataDirectory).Rotate(_clock, TimeSpan.FromDays(30)).Value.ToString();
        var rotated = ServerSigner.Open(_data.DataDirectory, _clock);

        var during = rotated.VerifyDetached(body, jws);
        _clock.Advance(TimeSpan.FromDays(31));
        var after = rotated.VerifyDetached(body, jws);

        Assert.True(during.IsSuccess);
        Assert.Equal(SignatureErrors.UnknownKeyCode, after.Error?.Code);
    }

    [Fact]
    public void Signing_something_that_is_not_CAP_is_a_caller_bug()
    {
        var signer = ServerSigner.Open(_data.DataDirectory, _clock);

        Assert.Throws<InvalidOperationException>(() => signer.SignCap(Encoding.UTF8.GetBytes("<feed/>")));
    }

    [Fact]
    public void A_key_file_that_does_not_match_its_kid_is_refused_at_load()
    {
        var first = ServerSigner.Open(_data.DataDirectory, _clock).CurrentKid;
        var other = Path.Combine(_data.KeysDirectory, "elsewhere");
        Directory.CreateDirectory(other);
        new KeyDirectory(other).LoadOrCreate(_clock).ToString();
        var otherPem = Directory.GetFiles(Path.Combine(other, "keys"), "*.pem").Single();
        File.Copy(otherPem, Path.Combine(_data.KeysDirectory, first + ".pem"), overwrite: true);

        var loaded = new KeyDirectory(_data.DataDirectory).Load();

        Assert.Equal(SignatureErrors.InvalidKeySetCode, loaded.Error?.Code);
    }
}
