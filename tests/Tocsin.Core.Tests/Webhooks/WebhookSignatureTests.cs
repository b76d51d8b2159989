using System.Text;
using Tocsin.Core.Webhooks;

namespace Tocsin.Core.Tests.Webhooks;

public sealed class WebhookSignatureTests
{
    // The test vector published with the Standard Webhooks reference libraries.
    private const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private const string Id = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private const long Timestamp = 1614265330;
    private const string Expected = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("{\"test\": 2432232314}");
    private static readonly DateTimeOffset SentAt = DateTimeOffset.FromUnixTimeSeconds(Timestamp);

    [Fact]
    public void Signing_reproduces_the_Standard_Webhooks_test_vector()
    {
        var signature = WebhookSignature.Sign(WebhookSecret.KeyOf(Secret), Id, Timestamp, Body);

        Assert.Equal(Expected, signature);
    }

    [Fact]
    public void The_reference_signature_verifies_among_others()
    {
        var result = WebhookSignature.Verify(Secret, Id, "1614265330", "v1,bm9wZQ== " + Expected, Body, SentAt.AddSeconds(30), WebhookSignature.DefaultTolerance);

        Assert.True(result.IsSuccess, result.Error?.Message);
    }

    [Fact]
    public void A_tampered_body_is_refused()
    {
        var tampered = Encoding.UTF8.GetBytes("{\"test\": 2432232315}");

        var result = WebhookSignature.Verify(Secret, Id, "1614265330", Expected, tampered, SentAt, WebhookSignature.DefaultTolerance);

        Assert.Equal("webhook-signature-mismatch", result.Error?.Code);
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public void A_timestamp_beyond_the_tolerance_is_refused(int skewSeconds)
    {
        var result = WebhookSignature.Verify(Secret, Id, "1614265330", Expected, Body, SentAt.AddSeconds(skewSeconds), WebhookSignature.DefaultTolerance);

        Assert.Equal("webhook-timestamp-invalid", result.Error?.Code);
    }

    [Fact]
    public void Missing_headers_are_refused()
    {
        var result = WebhookSignature.Verify(Secret, Id, null, Expected, Body, SentAt, WebhookSignature.DefaultTolerance);

        Assert.Equal("webhook-signature-missing", result.Error?.Code);
    }

    [Fact]
    public void A_generated_secret_has_the_prefix_and_a_32_byte_key()
    {
        var secret = WebhookSecret.Generate();

        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        Assert.Equal(32, WebhookSecret.KeyOf(secret)!.Length);
    }
}
