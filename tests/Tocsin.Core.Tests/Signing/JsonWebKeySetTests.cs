using System.Text;
using System.Text.Json;
using Tocsin.Core.Signing;

namespace Tocsin.Core.Tests.Signing;

public sealed class JsonWebKeySetTests
{
    private static readonly string[] PrivateMembers = ["d", "p", "q", "dp", "dq", "qi", "oth", "k"];

    [Fact]
    public void Each_published_key_has_exactly_the_public_members()
    {
        var json = JsonDocument.Parse(JsonWebKeySet.Write(TestKeys.Published));

        var names = json.RootElement.GetProperty("keys")[0].EnumerateObject().Select(p => p.Name).ToList();

        Assert.Equal(["kty", "kid", "use", "alg", "n", "e"], names);
    }

    [Fact]
    public void No_private_member_is_ever_written()
    {
        var set = new KeySet(TestKeys.Server).Rotate(TestKeys.Other, TestKeys.Created, TimeSpan.FromDays(90));

        var keys = JsonDocument.Parse(JsonWebKeySet.Write(set.ForVerification(TestKeys.Created))).RootElement.GetProperty("keys");

        Assert.DoesNotContain(keys.EnumerateArray().SelectMany(k => k.EnumerateObject()), p => PrivateMembers.Contains(p.Name));
    }

    [Fact]
    public void Written_keys_read_back_with_the_same_kid_and_values()
    {
        var read = JsonWebKeySet.Read(JsonWebKeySet.Write(TestKeys.Published));

        var key = Assert.Single(read.Value.Keys);
        Assert.Equal(TestKeys.Server.PublicKey.Modulus, key.Modulus);
        Assert.Equal(TestKeys.Server.Kid, key.Kid);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{\"keys\":{}}")]
    [InlineData("{\"keys\":[]}")]
    [InlineData("{\"keys\":[{\"kty\":\"oct\",\"k\":\"c2VjcmV0\"}]}")]
    [InlineData("{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"short\",\"n\":\"AQAB\",\"e\":\"AQAB\"}]}")]
    [InlineData("{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"padded\",\"n\":\"AQAB==\",\"e\":\"AQAB\"}]}")]
    [InlineData("{\"keys\":[],\"keys\":[]}")]
    public void Unusable_key_sets_are_refused(string json)
    {
        var read = JsonWebKeySet.Read(Encoding.UTF8.GetBytes(json));

        Assert.Equal(SignatureErrors.InvalidKeySetCode, read.Error?.Code);
    }

    [Fact]
    public void Rotation_keeps_the_old_key_published_until_its_period_ends()
    {
        var rotated = new KeySet(TestKeys.Server).Rotate(TestKeys.Other, TestKeys.Created, TimeSpan.FromDays(30));

        var during = rotated.ForVerification(TestKeys.Created.AddDays(29)).Keys.Select(k => k.Kid);
        var after = rotated.ForVerification(TestKeys.Created.AddDays(31)).Keys.Select(k => k.Kid);

        Assert.Equal([TestKeys.Other.Kid, TestKeys.Server.Kid], during);
        Assert.Equal([TestKeys.Other.Kid], after);
    }

    [Fact]
    public void A_stored_private_key_reads_back_as_the_same_key()
    {
        var again = SigningKey.FromPkcs8Pem(TestKeys.Server.ToPkcs8Pem(), TestKeys.Created);

        Assert.Equal(TestKeys.Server.Kid, again.Value.Kid);
    }
}
