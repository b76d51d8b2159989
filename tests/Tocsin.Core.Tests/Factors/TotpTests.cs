using System.Text;
using Tocsin.Core.Factors;

namespace Tocsin.Core.Tests.Factors;

public sealed class TotpTests
{
    // RFC 6238 appendix B: the SHA-1 secret is the ASCII string "12345678901234567890", codes are 8 digits.
    private static readonly byte[] RfcSecret = Encoding.ASCII.GetBytes("12345678901234567890");

    [Theory]
    [InlineData(59L, "94287082")]
    [InlineData(1111111109L, "07081804")]
    [InlineData(1111111111L, "14050471")]
    [InlineData(1234567890L, "89005924")]
    [InlineData(2000000000L, "69279037")]
    [InlineData(20000000000L, "65353130")]
    public void Codes_match_the_rfc_6238_test_vectors(long unixSeconds, string expected)
    {
        var step = Totp.StepAt(DateTimeOffset.FromUnixTimeSeconds(unixSeconds));

        Assert.Equal(expected, Totp.CodeAt(RfcSecret, step, digits: 8));
    }

    [Fact]
    public void A_six_digit_code_is_the_last_six_digits_of_the_eight_digit_one()
    {
        Assert.Equal("287082", Totp.CodeAt(RfcSecret, Totp.StepAt(DateTimeOffset.FromUnixTimeSeconds(59))));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1)]
    public void A_code_of_the_current_step_or_one_either_side_is_accepted(int offset)
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_015);
        var step = Totp.StepAt(now) + offset;

        Assert.Equal(step, Totp.Match(RfcSecret, Totp.CodeAt(RfcSecret, step), now, lastUsedStep: 0));
    }

    [Theory]
    [InlineData(-2)]
    [InlineData(2)]
    public void A_code_two_steps_away_is_refused(int offset)
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_015);

        Assert.Null(Totp.Match(RfcSecret, Totp.CodeAt(RfcSecret, Totp.StepAt(now) + offset), now, lastUsedStep: 0));
    }

    [Fact]
    public void A_code_already_used_is_refused_within_its_window()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_015);
        var code = Totp.CodeAt(RfcSecret, Totp.StepAt(now));
        var used = Totp.Match(RfcSecret, code, now, lastUsedStep: 0)!.Value;

        Assert.Null(Totp.Match(RfcSecret, code, now.AddSeconds(20), used));
        Assert.Null(Totp.Match(RfcSecret, Totp.CodeAt(RfcSecret, used - 1), now, used));
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12a456")]
    public void Malformed_codes_are_refused(string code)
    {
        Assert.Null(Totp.Match(RfcSecret, code, DateTimeOffset.FromUnixTimeSeconds(59), 0));
    }

    [Fact]
    public void Base32_round_trips_and_matches_rfc_4648()
    {
        Assert.Equal("MZXW6YTBOI", Base32.Encode(Encoding.ASCII.GetBytes("foobar")));
        Assert.Equal("foobar", Encoding.ASCII.GetString(Base32.Decode("mzxw 6ytb-oi======")!));
        Assert.Null(Base32.Decode("MZXW1"));
    }

    [Fact]
    public void The_key_uri_names_issuer_account_and_secret()
    {
        var uri = Totp.KeyUri("Tocsin", "alice", Encoding.ASCII.GetBytes("foobar"));

        Assert.Equal("otpauth://totp/Tocsin:alice?secret=MZXW6YTBOI&issuer=Tocsin&algorithm=SHA1&digits=6&period=30", uri);
    }

    [Fact]
    public void Recovery_codes_are_ten_distinct_and_read_back_as_typed()
    {
        var codes = RecoveryCode.NewSet();

        Assert.Equal(10, codes.Select(RecoveryCode.Lookup).Distinct().Count());
        Assert.Equal(RecoveryCode.Secret(codes[0]), RecoveryCode.Secret(codes[0].ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal)));
        Assert.Null(RecoveryCode.Normalise("123456"));
    }
}
