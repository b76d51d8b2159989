using Tocsin.Core.Signing;

namespace Tocsin.Core.Tests.Signing;

/// <summary>Keys generated once per test run (2048 bits: tests need speed, not strength).</summary>
internal static class TestKeys
{
    public static readonly DateTimeOffset Created = new(2024, 3, 24, 12, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<SigningKey> LazyServer = new(() => SigningKey.Generate(Created, 2048));
    private static readonly Lazy<SigningKey> LazyOther = new(() => SigningKey.Generate(Created, 2048));

    public static SigningKey Server => LazyServer.Value;

    public static SigningKey Other => LazyOther.Value;

    /// <summary>The server key as an RSA instance, for tests that build signatures by hand.</summary>
    public static System.Security.Cryptography.RSA ServerRsa()
    {
        var rsa = System.Security.Cryptography.RSA.Create();
        rsa.ImportFromPem(Server.ToPkcs8Pem());
        return rsa;
    }

    public static VerificationKeys Published => new KeySet(Server).ForVerification(Created);
}
