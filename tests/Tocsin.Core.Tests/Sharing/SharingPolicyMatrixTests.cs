using System.Text.Json.Nodes;
using Tocsin.Core.Sharing;
using Tocsin.Core.Stix;
using static Tocsin.Core.Tests.Sharing.SharingFixtures;

namespace Tocsin.Core.Tests.Sharing;

/// <summary>The authorisation matrix: partners of different ceilings and countries against objects with every
/// marking combination. Each cell is the expected decision code; nothing a partner may not have is allowed.</summary>
public sealed class SharingPolicyMatrixTests
{
    // Columns: the partners, in this order.
    private static readonly PartnerProfile[] _partners =
    [
        Partner("fr-clear", "FRA", TlpLevel.Clear),
        Partner("fr-green", "FRA", TlpLevel.Green),
        Partner("fr-amber", "FRA", TlpLevel.Amber),
        Partner("dgsi", "FRA", TlpLevel.Red),
        Partner("de-amber", "DEU", TlpLevel.Amber),
        Partner("bfv", "DEU", TlpLevel.Red),
        Partner("ru-red", "RUS", TlpLevel.Red),
        Partner("uk-amber", "GBR", TlpLevel.Amber),
        Partner("ru-amber-eu", "RUS", TlpLevel.Amber, "EU"),
    ];

    // Rows: object, then one code per partner column. ok = allowed; ceil = above-ceiling; oamb / ored = other
    // originator's AMBER / RED; nnr = not a named recipient; rel = not releasable; gran = granular marking;
    // unk = unknown marking; list = recipient list.
    private static readonly string[] _matrix =
    [
        "our-clear                 ok   ok   ok   ok   ok   ok   ok   ok   ok",
        "our-white                 ok   ok   ok   ok   ok   ok   ok   ok   ok",
        "our-green                 ceil ok   ok   ok   ok   ok   ok   ok   ok",
        "our-green-1.0             ceil ok   ok   ok   ok   ok   ok   ok   ok",
        "our-green-revoked         ceil ok   ok   ok   ok   ok   ok   ok   ok",
        "our-amber                 ceil ceil ok   ok   ok   ok   ok   ok   ok",
        "our-amber-1.0             ceil ceil ok   ok   ok   ok   ok   ok   ok",
        "our-amber-strict          ceil ceil ceil ok   ceil ok   ok   ceil ceil",
        "our-red                   ceil ceil ceil ok   ceil ok   ok   ceil ceil",
        "our-red-1.0               ceil ceil ceil ok   ceil ok   ok   ceil ceil",
        "our-green+amber           ceil ceil ok   ok   ok   ok   ok   ok   ok",
        "our-unmarked              ceil ceil ceil ok   ceil ok   ok   ceil ceil",
        "our-unmarked@green        ceil ok   ok   ok   ok   ok   ok   ok   ok",
        "our-red-for-dgsi          ceil ceil ceil ok   ceil nnr  nnr  ceil ceil",
        "their-clear               ok   ok   ok   ok   ok   ok   ok   ok   ok",
        "their-green               ceil ok   ok   ok   ok   ok   ok   ok   ok",
        "their-amber               ceil ceil oamb oamb oamb oamb oamb oamb oamb",
        "their-amber-strict        ceil ceil ceil oamb ceil oamb oamb ceil ceil",
        "their-red                 ceil ceil ceil ored ceil ored ored ceil ceil",
        "their-red-for-dgsi        ceil ceil ceil ok   ceil nnr  nnr  ceil ceil",
        "their-unmarked@green      ceil ok   ok   ok   ok   ok   ok   ok   ok",
        "unattributed-green        ceil ok   ok   ok   ok   ok   ok   ok   ok",
        "unattributed-amber        ceil ceil oamb oamb oamb oamb oamb oamb oamb",
        "our-green-rel-fra         ceil ok   ok   ok   rel  rel  rel  rel  rel",
        "our-green-rel-eu          ceil ok   ok   ok   ok   ok   rel  rel  ok",
        "our-green-rel-fra+eu      ceil ok   ok   ok   rel  rel  rel  rel  rel",
        "our-green-rel-fradeu+eu   ceil ok   ok   ok   ok   ok   rel  rel  rel",
        "our-green-granular-amber  ceil gran ok   ok   ok   ok   ok   ok   ok",
        "our-green-granular-red    ceil gran gran ok   gran ok   ok   gran gran",
        "our-green-granular-rel-fr ceil ok   ok   ok   gran gran gran gran gran",
        "their-green-granular-amb  ceil gran gran gran gran gran gran gran gran",
        "our-green-unknown-marking unk  unk  unk  unk  unk  unk  unk  unk  unk",
        "our-green-granular-unknown ceil unk unk  unk  unk  unk  unk  unk  unk",
        "def-recipients            list list list list list list list list list",
        "def-rel-to                ok   ok   ok   ok   ok   ok   ok   ok   ok",
        "def-tlp-red               ok   ok   ok   ok   ok   ok   ok   ok   ok",
        "def-tearline              ok   ok   ok   ok   ok   ok   ok   ok   ok",
    ];

    public static TheoryData<string, int, string> Cells()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var line in _matrix)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(_partners.Length + 1, parts.Length);
            for (var column = 0; column < _partners.Length; column++)
            {
                data.Add(parts[0], column, parts[column + 1]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void Each_partner_receives_exactly_what_the_rules_allow(string objectKey, int partnerColumn, string expected)
    {
        var (stixObject, defaultTlp) = ObjectFor(objectKey);

        var decision = SharingPolicy.Decide(stixObject, _partners[partnerColumn], Context(defaultTlp), isWithheld: null);

        Assert.Equal(Expand(expected), decision.Code);
    }

    private static string Expand(string code) => code switch
    {
        "ok" => "allowed",
        "ceil" => "above-ceiling",
        "oamb" => "other-originator-amber",
        "ored" => "other-originator-red",
        "nnr" => "not-named-recipient",
        "rel" => "not-releasable",
        "gran" => "granular-marking",
        "unk" => "unknown-marking",
        "list" => "recipient-list",
        _ => throw new ArgumentException(code, nameof(code)),
    };

    private static (StixObject Object, TlpLevel DefaultTlp) ObjectFor(string key)
    {
        var defaultTlp = key.EndsWith("@green", StringComparison.Ordinal) ? TlpLevel.Green : TlpLevel.Red;
        StixObject result = key.Split('@')[0] switch
        {
            "our-clear" => Indicator(Ours, [TlpMarkings.ClearId]),
            "our-white" => Indicator(Ours, [TlpMarkings.Tlp1WhiteId]),
            "our-green" => Indicator(Ours, [TlpMarkings.GreenId]),
            "our-green-1.0" => Indicator(Ours, [TlpMarkings.Tlp1GreenId]),
            "our-green-revoked" => Indicator(Ours, [TlpMarkings.GreenId], o => o["revoked"] = true),
            "our-amber" => Indicator(Ours, [TlpMarkings.AmberId]),
            "our-amber-1.0" => Indicator(Ours, [TlpMarkings.Tlp1AmberId]),
            "our-amber-strict" => Indicator(Ours, [TlpMarkings.AmberStrictId]),
            "our-red" => Indicator(Ours, [TlpMarkings.RedId]),
            "our-red-1.0" => Indicator(Ours, [TlpMarkings.Tlp1RedId]),
            "our-green+amber" => Indicator(Ours, [TlpMarkings.GreenId, TlpMarkings.AmberId]),
            "our-unmarked" => Indicator(Ours, []),
            "our-red-for-dgsi" => Indicator(Ours, [TlpMarkings.RedId, RedForDgsi.Id]),
            "their-clear" => Indicator(Theirs, [TlpMarkings.ClearId]),
            "their-green" => Indicator(Theirs, [TlpMarkings.GreenId]),
            "their-amber" => Indicator(Theirs, [TlpMarkings.AmberId]),
            "their-amber-strict" => Indicator(Theirs, [TlpMarkings.AmberStrictId]),
            "their-red" => Indicator(Theirs, [TlpMarkings.RedId]),
            "their-red-for-dgsi" => Indicator(Theirs, [TlpMarkings.RedId, RedForDgsi.Id]),
            "their-unmarked" => Indicator(Theirs, []),
            "unattributed-green" => Indicator(null, [TlpMarkings.GreenId]),
            "unattributed-amber" => Indicator(null, [TlpMarkings.AmberId]),
            "our-green-rel-fra" => Indicator(Ours, [TlpMarkings.GreenId, RelToFra.Id]),
            "our-green-rel-eu" => Indicator(Ours, [TlpMarkings.GreenId, RelToEu.Id]),
            "our-green-rel-fra+eu" => Indicator(Ours, [TlpMarkings.GreenId, RelToFra.Id, RelToEu.Id]),
            "our-green-rel-fradeu+eu" => Indicator(Ours, [TlpMarkings.GreenId, RelToFraDeu.Id, RelToEu.Id]),
            "our-green-granular-amber" => Indicator(Ours, [TlpMarkings.GreenId], Granular(TlpMarkings.AmberId)),
            "our-green-granular-red" => Indicator(Ours, [TlpMarkings.GreenId], Granular(TlpMarkings.RedId)),
            "our-green-granular-rel-fr" => Indicator(Ours, [TlpMarkings.GreenId], Granular(RelToFra.Id)),
            "their-green-granular-amb" => Indicator(Theirs, [TlpMarkings.GreenId], Granular(TlpMarkings.AmberId)),
            "our-green-unknown-marking" => Indicator(Ours, [TlpMarkings.GreenId, $"marking-definition--{Guid.NewGuid():D}"]),
            "our-green-granular-unknown" => Indicator(Ours, [TlpMarkings.GreenId], Granular($"marking-definition--{Guid.NewGuid():D}")),
            "def-recipients" => RedForDgsi,
            "def-rel-to" => RelToFra,
            "def-tlp-red" => TlpMarkings.ObjectOf(TlpMarkings.RedId),
            "def-tearline" => SharingMarkings.Tearline,
            _ => throw new ArgumentException(key, nameof(key)),
        };
        return (result, defaultTlp);
    }

    private static Action<JsonObject> Granular(string markingId) => o =>
    {
        o["description"] = "Source: a human source inside the cell.";
        o["granular_markings"] = new JsonArray(new JsonObject { ["marking_ref"] = markingId, ["selectors"] = new JsonArray("description") });
    };
}
