using System.Security.Cryptography;
using Tocsin.Server.Webhooks;

namespace Tocsin.Server.Tests.Webhooks;

public sealed class WebhookSecretBoxTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "tocsin-tests", Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void A_sealed_secret_opens_with_the_same_key_file()
    {
        var id = Guid.NewGuid();
        var sealedValue = WebhookSecretBox.OpenOrCreate(_directory).Seal(id, "whsec_abc");

        var opened = WebhookSecretBox.OpenOrCreate(_directory).Open(id, sealedValue);

        Assert.Equal("whsec_abc", opened);
    }

    [Fact]
    public void A_sealed_secret_does_not_open_for_another_subscriber()
    {
        var box = WebhookSecretBox.OpenOrCreate(_directory);
        var sealedValue = box.Seal(Guid.NewGuid(), "whsec_abc");

        Assert.ThrowsAny<CryptographicException>(() => box.Open(Guid.NewGuid(), sealedValue));
    }
}
