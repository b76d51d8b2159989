using System.Security.Cryptography;
using System.Text;
using Tocsin.Server.Hosting;

namespace Tocsin.Server.Webhooks;

/// <summary>Encrypts webhook secrets at rest with AES-256-GCM. The key lives in <c>webhook-key.bin</c> in the
/// data directory (<see cref="SharedKeyFile"/>: shared by every node, created on first use with mode 600),
/// apart from the database: a copy of the database alone reveals no secret. Each sealed value is <c>1 | nonce (12) | tag (16) | ciphertext</c>, with the subscriber
/// id as associated data so that a value copied to another row does not open.</summary>
public sealed class WebhookSecretBox
{
    /// <summary>The key file's name in the data directory.</summary>
    public const string KeyFileName = "webhook-key.bin";

    private const byte Version = 1;
    private const int KeyLength = 32;
    private readonly byte[] _key;

    private WebhookSecretBox(byte[] key) => _key = key;

    /// <summary>The box of <paramref name="dataDirectory"/>, creating its key when missing.</summary>
    /// <exception cref="InvalidOperationException">The key file exists with the wrong length.</exception>
    public static WebhookSecretBox OpenOrCreate(string dataDirectory) =>
        new(SharedKeyFile.ReadOrCreate(dataDirectory, KeyFileName, KeyLength));

    /// <summary>Encrypts <paramref name="secret"/> for the subscriber <paramref name="subscriberId"/>.</summary>
    public byte[] Seal(Guid subscriberId, string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var plain = Encoding.UTF8.GetBytes(secret);
        var sealedValue = new byte[1 + AesGcm.NonceByteSizes.MaxSize + AesGcm.TagByteSizes.MaxSize + plain.Length];
        sealedValue[0] = Version;
        var nonce = sealedValue.AsSpan(1, 12);
        var tag = sealedValue.AsSpan(13, 16);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, 16);
        aes.Encrypt(nonce, plain, sealedValue.AsSpan(29), tag, subscriberId.ToByteArray());
        return sealedValue;
    }

    /// <summary>Decrypts a value <see cref="Seal"/> made for the same subscriber.</summary>
    /// <exception cref="CryptographicException">Another key, another subscriber, or altered bytes.</exception>
    public string Open(Guid subscriberId, ReadOnlySpan<byte> sealedValue)
    {
        if (sealedValue.Length < 29 || sealedValue[0] != Version)
        {
            throw new CryptographicException("Not a sealed webhook secret.");
        }

        var plain = new byte[sealedValue.Length - 29];
        using var aes = new AesGcm(_key, 16);
        aes.Decrypt(sealedValue.Slice(1, 12), sealedValue[29..], sealedValue.Slice(13, 16), plain, subscriberId.ToByteArray());
        return Encoding.UTF8.GetString(plain);
    }
}
