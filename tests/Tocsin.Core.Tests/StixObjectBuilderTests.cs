using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Tocsin.Core.Stix;
using Tocsin.Core.Stix.Writing;

namespace Tocsin.Core.Tests;

public sealed class StixObjectBuilderTests
{
    private const string Producer = "identity--88d4a00d-9b38-45bb-80e2-06a7dc4f7947";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 3, 14, 15, 9, 26, 535, TimeSpan.Zero).AddTicks(8979));

    [Fact]
    public void Common_properties_come_first_with_millisecond_timestamps_from_the_clock()
    {
        var built = StixObjectBuilder.Create("threat-actor", _clock).CreatedBy(Producer).Set("name", "Group A").Build();

        Assert.Equal(
            $$"""{"type":"threat-actor","spec_version":"2.1","id":"{{built.Id}}","created_by_ref":"{{Producer}}","created":"2025-03-14T15:09:26.535Z","modified":"2025-03-14T15:09:26.535Z","name":"Group A"}""",
            Encoding.UTF8.GetString(built.Json.Span));
    }

    [Fact]
    public void The_id_is_the_type_and_a_random_UUIDv4()
    {
        var built = StixObjectBuilder.Create("indicator", _clock).Build();

        Assert.True(StixId.TryParse(built.Id, out var id) && id.Type == "indicator" && id.UuidVersion == 4, built.Id);
    }

    [Fact]
    public void Properties_keep_the_order_they_were_first_set_and_values_can_be_replaced()
    {
        var built = StixObjectBuilder.Create("x-thing", _clock)
            .Set("b", 1).Set("a", true).Set("labels", ["x", "y"]).Set("b", 2).Set("nested", new JsonObject { ["k"] = new JsonArray(1, 2.5) })
            .Remove("a")
            .Build();

        Assert.EndsWith("""
            "b":2,"labels":["x","y"],"nested":{"k":[1,2.5]}}
            """, Encoding.UTF8.GetString(built.Json.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Extensions_are_written_last()
    {
        var built = StixObjectBuilder.Create("incident", _clock)
            .WithExtension(TocsinExtensions.TerrorismIncidentId, new JsonObject { ["extension_type"] = "property-extension", ["killed"] = 3 })
            .Set("name", "Attack")
            .Build();

        Assert.EndsWith(
            "\",\"name\":\"Attack\",\"extensions\":{\"" + TocsinExtensions.TerrorismIncidentId + "\":{\"extension_type\":\"property-extension\",\"killed\":3}}}",
            Encoding.UTF8.GetString(built.Json.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_outside_ASCII_is_written_as_is()
    {
        var built = StixObjectBuilder.Create("location", _clock).Set("name", "Guyane française <TLP:AMBER+STRICT> & co").Build();

        Assert.Contains("\"name\":\"Guyane française <TLP:AMBER+STRICT> & co\"", Encoding.UTF8.GetString(built.Json.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_marking_definition_gets_created_but_no_modified()
    {
        var built = StixObjectBuilder.Create("marking-definition", _clock).Build();

        Assert.Equal((true, false), (built.Created is not null, built.Json.Span.IndexOf("\"modified\""u8) >= 0));
    }

    [Fact]
    public void A_cyber_observable_gets_no_timestamps()
    {
        var built = StixObjectBuilder.Create("ipv4-addr", _clock).Set("value", "198.51.100.7").Build();

        Assert.Equal((null, null), (built.Created, built.Modified));
    }

    [Fact]
    public void A_given_id_must_be_of_the_object_type()
    {
        Assert.Throws<ArgumentException>(() => StixObjectBuilder.Create("indicator", _clock).WithId("malware--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061"));
    }

    [Theory]
    [InlineData("id")]
    [InlineData("type")]
    [InlineData("modified")]
    [InlineData("extensions")]
    public void Properties_the_builder_writes_itself_cannot_be_set(string name)
    {
        Assert.Throws<ArgumentException>(() => StixObjectBuilder.Create("indicator", _clock).Set(name, "x"));
    }

    [Fact]
    public void A_built_object_passes_validation()
    {
        var built = StixObjectBuilder.Create("identity", _clock).Set("name", "Tocsin").Set("identity_class", "system").Build();

        Assert.Empty(StixValidator.Validate(built));
    }
}
