using Tocsin.Testing;
using Tocsin.Core.Cap;
using Tocsin.Core.Signing;
using Tocsin.Server.Tests.Plan;

namespace Tocsin.Server.Tests.Feeds;

/// <summary>Every published CAP message carries the server's enveloped XML-Signature (docs/signatures.md).</summary>
public sealed class SignedCapTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    [Fact]
    public async Task A_served_message_verifies_against_the_published_keys_and_still_validates_as_CAP()
    {
        var decision = await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D69"));
        var path = decision.GetProperty("messages")[0].GetProperty("url").GetString()!;
        using var client = app.CreateClient();

        var message = await client.GetByteArrayAsync(new Uri(path, UriKind.Relative), PlanHttp.Ct);
        var keys = JsonWebKeySet.Read(await client.GetByteArrayAsync(new Uri("/.well-known/tocsin/keys.json", UriKind.Relative), PlanHttp.Ct)).Value;

        var verified = CapSignature.Verify(keys, message);
        Assert.True(verified.IsSuccess, verified.Error?.ToString());
        // The XSD processes the signature element laxly: "no schema information" warnings are expected there.
        Assert.DoesNotContain(CapSchema.Validate(message), p => !p.Contains("Could not find schema information", StringComparison.Ordinal));
        Assert.True(CapReader.Read(message).IsSuccess);
    }

    [Fact]
    public async Task A_changed_byte_in_a_served_message_no_longer_verifies()
    {
        var decision = await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D38"));
        var path = decision.GetProperty("messages")[0].GetProperty("url").GetString()!;
        using var client = app.CreateClient();
        var message = await client.GetByteArrayAsync(new Uri(path, UriKind.Relative), PlanHttp.Ct);
        var keys = JsonWebKeySet.Read(await client.GetByteArrayAsync(new Uri("/.well-known/tocsin/keys.json", UriKind.Relative), PlanHttp.Ct)).Value;

        var tampered = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(message).Replace("<msgType>", "<msgType> ", StringComparison.Ordinal));

        Assert.Equal("bad-signature", CapSignature.Verify(keys, tampered).Error?.Code);
    }
}
