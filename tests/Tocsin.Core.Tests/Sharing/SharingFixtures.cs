using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Tocsin.Core.Sharing;
using Tocsin.Core.Stix;

namespace Tocsin.Core.Tests.Sharing;

/// <summary>Partners, markings and objects for the sharing tests.</summary>
internal static class SharingFixtures
{
    public const string Ours = "identity--fc441a30-7ac0-457b-800a-ab1fd136ebed";
    public const string Theirs = "identity--0f6b6a3e-4c1d-4d6e-9d8a-3b1f9a2c7e11";

    public static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2024, 3, 23, 9, 0, 0, TimeSpan.Zero));

    public static readonly StixObject RelToFra = SharingMarkings.RelTo(["FRA"], Ours, Clock);
    public static readonly StixObject RelToEu = SharingMarkings.RelTo(["EU"], Ours, Clock);
    public static readonly StixObject RelToFraDeu = SharingMarkings.RelTo(["FRA", "DEU"], Ours, Clock);
    public static readonly StixObject RedForDgsi = SharingMarkings.Recipients(["dgsi"], Ours, Clock);

    public static SharingContext Context(TlpLevel defaultTlp = TlpLevel.Red) => new(
        new SharingSettings { OrganisationIdentityIds = [Ours], DefaultTlp = defaultTlp },
        MarkingCatalogue.Create([RelToFra, RelToEu, RelToFraDeu, RedForDgsi]));

    public static PartnerProfile Partner(string name, string country, TlpLevel ceiling, params string[] releasability) =>
        new(Guid.NewGuid(), name, country, ceiling, releasability, []);

    /// <summary>An indicator created by <paramref name="creator"/> with these object markings, and extra members.</summary>
    public static StixObject Indicator(string? creator, IReadOnlyList<string> markings, Action<JsonObject>? adjust = null) =>
        Sdo("indicator", creator, markings, o =>
        {
            o["name"] = "ISKP courier phone";
            o["pattern"] = "[ipv4-addr:value = '198.51.100.7']";
            o["pattern_type"] = "stix";
            o["valid_from"] = "2024-03-22T00:00:00.000Z";
            adjust?.Invoke(o);
        });

    public static StixObject Relationship(string source, string target, IReadOnlyList<string> markings) =>
        Sdo("relationship", Ours, markings, o =>
        {
            o["relationship_type"] = "indicates";
            o["source_ref"] = source;
            o["target_ref"] = target;
        });

    public static StixObject Sdo(string type, string? creator, IReadOnlyList<string> markings, Action<JsonObject> fill)
    {
        var o = new JsonObject
        {
            ["type"] = type,
            ["spec_version"] = "2.1",
            ["id"] = $"{type}--{Guid.NewGuid():D}",
            ["created"] = "2024-03-22T10:00:00.000Z",
            ["modified"] = "2024-03-22T10:00:00.000Z",
        };
        if (creator is not null)
        {
            o["created_by_ref"] = creator;
        }

        if (markings.Count > 0)
        {
            o["object_marking_refs"] = new JsonArray([.. markings.Select(m => (JsonNode?)JsonValue.Create(m))]);
        }

        fill(o);
        return StixObject.FromTrusted(Encoding.UTF8.GetBytes(o.ToJsonString()));
    }
}
