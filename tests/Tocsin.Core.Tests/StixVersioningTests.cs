using System.Text;
using Microsoft.Extensions.Time.Testing;
using Tocsin.Core.Stix;
using Tocsin.Core.Stix.Versioning;

namespace Tocsin.Core.Tests;

public sealed class StixVersioningTests
{
    private const string Id = "threat-actor--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 1, 1, 12, 0, 0, 250, TimeSpan.Zero));

    private static StixObject Actor(string modified = "2024-06-01T00:00:00.000Z", string extra = "") =>
        StixObject.FromTrusted(Encoding.UTF8.GetBytes(
            $$"""{"type":"threat-actor","spec_version":"2.1","id":"{{Id}}","created":"2024-05-01T00:00:00Z","modified":"{{modified}}","name":"Group A"{{extra}}}"""));

    [Fact]
    public void A_new_version_keeps_id_and_created_and_is_modified_now_in_milliseconds()
    {
        _clock.Advance(TimeSpan.FromTicks(1234));

        var next = StixVersioning.NewVersion(Actor(), _clock, c => c.Set("name", "Group B")).Value;

        Assert.Equal(
            $$"""{"type":"threat-actor","spec_version":"2.1","id":"{{Id}}","created":"2024-05-01T00:00:00Z","modified":"2025-01-01T12:00:00.250Z","name":"Group B"}""",
            Encoding.UTF8.GetString(next.Json.Span));
    }

    [Fact]
    public void When_the_clock_is_not_later_the_new_version_is_one_millisecond_after_the_previous()
    {
        var next = StixVersioning.NewVersion(Actor("2030-01-01T00:00:00.000Z"), _clock, _ => { }).Value;

        Assert.Equal("2030-01-01T00:00:00.001Z", next.Modified!.Value.Text);
    }

    [Theory]
    [InlineData("2025-01-01T12:00:00.250Z", "2025-01-01T12:00:00.251Z")]
    [InlineData("2025-01-01T12:00:00.2501Z", "2025-01-01T12:00:00.251Z")]
    [InlineData("2025-01-01T12:00:00.249999999Z", "2025-01-01T12:00:00.250Z")]
    [InlineData("2025-01-01T12:00:00Z", "2025-01-01T12:00:00.250Z")]
    public void The_new_modified_is_always_later_than_the_previous_at_any_precision(string previous, string expected)
    {
        var next = StixVersioning.NextModified(StixTimestamp.Parse(previous), _clock.GetUtcNow());

        Assert.Equal(expected, next.Text);
    }

    [Fact]
    public void New_members_go_last_and_removed_members_disappear()
    {
        var next = StixVersioning.NewVersion(Actor(extra: ""","description":"old","aliases":["A"]"""), _clock, c => c.Remove("description").Set("confidence", 80)).Value;

        Assert.EndsWith("\"name\":\"Group A\",\"aliases\":[\"A\"],\"confidence\":80}", Encoding.UTF8.GetString(next.Json.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void The_previous_version_is_not_altered()
    {
        var previous = Actor();
        var before = previous.Json.ToArray();

        StixVersioning.NewVersion(previous, _clock, c => c.Set("name", "Group B"));

        Assert.Equal(before, previous.Json.ToArray());
    }

    [Theory]
    [InlineData("id")]
    [InlineData("created")]
    [InlineData("modified")]
    [InlineData("created_by_ref")]
    [InlineData("revoked")]
    public void Members_that_identify_the_version_cannot_be_changed(string name)
    {
        Assert.Throws<ArgumentException>(() => StixVersioning.NewVersion(Actor(), _clock, c => c.Set(name, "x")));
    }

    [Fact]
    public void Revoking_makes_a_new_version_with_revoked_true()
    {
        var revoked = StixVersioning.Revoke(Actor(), _clock).Value;

        Assert.Equal((true, Id, "2025-01-01T12:00:00.250Z"), (revoked.Revoked, revoked.Id, revoked.Modified!.Value.Text));
    }

    [Fact]
    public void A_revoked_object_cannot_get_a_new_version()
    {
        var revoked = StixVersioning.Revoke(Actor(), _clock).Value;

        var result = StixVersioning.NewVersion(revoked, _clock, c => c.Set("name", "Group C"));

        Assert.Equal("object-revoked", result.Error?.Code);
    }

    [Fact]
    public void A_revoked_object_cannot_be_revoked_again()
    {
        var result = StixVersioning.Revoke(Actor(extra: ""","revoked":true"""), _clock);

        Assert.Equal("object-revoked", result.Error?.Code);
    }

    [Theory]
    [InlineData(TlpMarkings.GreenJson)]
    [InlineData("""{"type":"ipv4-addr","spec_version":"2.1","id":"ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd","value":"198.51.100.3"}""")]
    [InlineData("""{"type":"x-custom","id":"x-custom--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061","created":"2024-05-01T00:00:00Z"}""")]
    public void Marking_definitions_observables_and_objects_without_modified_cannot_be_versioned(string json)
    {
        var result = StixVersioning.NewVersion(StixObject.FromTrusted(Encoding.UTF8.GetBytes(json)), _clock, _ => { });

        Assert.Equal("not-versionable", result.Error?.Code);
    }

    [Fact]
    public void Versions_are_ordered_by_instant_whatever_their_precision()
    {
        var versions = new List<StixObject>
        {
            Actor("2024-06-01T00:00:00.5Z"),
            Actor("2024-06-01T00:00:00.123456Z"),
            Actor("2024-06-01T00:00:00Z"),
            Actor("2024-06-01T00:00:00.123457Z"),
        };

        versions.Sort(StixVersioning.Compare);

        Assert.Equal(
            ["2024-06-01T00:00:00Z", "2024-06-01T00:00:00.123456Z", "2024-06-01T00:00:00.123457Z", "2024-06-01T00:00:00.5Z"],
            versions.Select(v => v.Modified!.Value.Text));
    }

    [Fact]
    public void The_same_instant_written_differently_is_the_same_version()
    {
        Assert.Equal(0, StixVersioning.Compare(Actor("2024-06-01T00:00:00Z"), Actor("2024-06-01T00:00:00.000Z")));
    }

    [Fact]
    public void Versions_of_different_objects_cannot_be_compared()
    {
        var other = StixObject.FromTrusted(Encoding.UTF8.GetBytes(TlpMarkings.RedJson));

        Assert.Throws<ArgumentException>(() => StixVersioning.Compare(Actor(), other));
    }
}
