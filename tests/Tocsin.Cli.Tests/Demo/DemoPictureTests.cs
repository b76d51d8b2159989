using System.Text.Json;
using Tocsin.Cli.Demo;
using Tocsin.Core.Stix;
using Tocsin.Core.Stix.Extensions;

namespace Tocsin.Cli.Tests.Demo;

public sealed class DemoPictureTests
{
    private const string TlpClear = "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487";
    private const string TlpGreen = "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb";
    private const string TlpAmber = "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421";

    public static TheoryData<string> Ids => new(DemoPicture.Objects().Select(o => o.Id));

    [Fact]
    public void The_bundle_reads_without_errors()
    {
        var items = Read();

        Assert.Equal((DemoPicture.Objects().Count, 0), (items.Count, items.Count(i => i.Error is not null)));
    }

    [Fact]
    public void Ids_are_unique()
    {
        var ids = DemoPicture.Objects().Select(o => o.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_object_passes_the_STIX_validator(string id)
    {
        var issues = StixValidator.Validate(Get(id));

        Assert.False(StixValidator.HasErrors(issues), string.Join(Environment.NewLine, issues));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_object_passes_the_extension_rules_without_warnings(string id)
    {
        var issues = TocsinExtensionRules.Check(Get(id));

        Assert.Empty(issues);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_object_is_STIX_2_1_with_a_random_uuid_and_millisecond_timestamps(string id)
    {
        var o = Get(id);

        var uuidVersion = StixId.TryParse(o.Id, out var stixId) ? stixId.UuidVersion : 0;

        Assert.Equal(("2.1", 4, 3, 3), (o.SpecVersion, uuidVersion, o.Created?.FractionDigits, (o.Modified ?? o.Created)?.FractionDigits));
    }

    [Fact]
    public void Every_reference_resolves_within_the_bundle()
    {
        var ids = DemoPicture.Objects().Select(o => o.Id).ToHashSet(StringComparer.Ordinal);

        var dangling = DemoPicture.Objects().SelectMany(o => References(o.Root).Select(r => $"{o.Id} -> {r}")
            .Where(pair => !ids.Contains(pair[(pair.IndexOf(" -> ", StringComparison.Ordinal) + 4)..])));

        Assert.Empty(dangling);
    }

    [Fact]
    public void The_picture_is_created_by_our_organisation_and_the_definitions_by_Tocsin()
    {
        var published = TocsinExtensionDefinitions.All.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);

        var wrong = DemoPicture.Objects()
            .Where(o => o.Type != "marking-definition" && !published.Contains(o.Id) && o.CreatedByRef != DemoPicture.OrganizationId)
            .Select(o => o.Id);

        Assert.Empty(wrong);
    }

    [Fact]
    public void Tocsins_definitions_in_the_bundle_have_the_embedded_content()
    {
        var inBundle = DemoPicture.Objects().Where(o => TocsinExtensionDefinitions.All.Any(d => d.Id == o.Id));

        Assert.Equal(
            TocsinExtensionDefinitions.All.Select(d => Convert.ToHexString(d.ContentHash)),
            inBundle.Select(o => Convert.ToHexString(o.ContentHash)));
    }

    [Theory]
    [InlineData(TlpClear)]
    [InlineData(TlpGreen)]
    [InlineData(TlpAmber)]
    public void TLP_markings_are_the_published_ones(string id)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Samples", "stix-bundles", "oasis-common-objects", "tlp-2.0", id + ".json");
        using var published = JsonDocument.Parse(File.ReadAllBytes(path));
        var expected = StixObject.FromTrusted(JsonSerializer.SerializeToUtf8Bytes(published.RootElement.GetProperty("objects")[0]));

        Assert.Equal(Convert.ToHexString(expected.ContentHash), Convert.ToHexString(Get(id).ContentHash));
    }

    [Fact]
    public void Every_attribution_of_an_incident_is_a_graded_assertion()
    {
        var attributions = DemoPicture.Objects().Where(o => Field(o, "relationship_type") == "attributed-to" && Field(o, "source_ref")!.StartsWith("incident--", StringComparison.Ordinal)).ToList();

        var ungraded = attributions.Where(o => Assertion(o) is not { } a
            || !a.TryGetProperty("asserted_by_ref", out _) || !a.TryGetProperty("basis", out _)
            || !a.TryGetProperty("source_reliability", out _) || !a.TryGetProperty("information_credibility", out _));

        Assert.Equal((4, 0), (attributions.Count, ungraded.Count()));
    }

    [Fact]
    public void Each_basis_appears_once_for_the_Krasnogorsk_attack()
    {
        var bases = Assertions().Where(o => Field(o, "source_ref") == KrasnogorskIncident().Id)
            .Select(o => Assertion(o)!.Value.GetProperty("basis").GetString()).Order();

        Assert.Equal(["accusation", "assessment", "claim"], bases);
    }

    [Fact]
    public void Confidence_follows_from_the_grade()
    {
        var mismatched = Assertions().Where(o =>
        {
            var a = Assertion(o)!.Value;
            var grade = AdmiraltyGrade.Create(a.GetProperty("source_reliability").GetString(), a.GetProperty("information_credibility").GetInt32()).Value;
            return o.Root.GetProperty("confidence").GetInt32() != grade.Confidence;
        });

        Assert.Empty(mismatched.Select(o => o.Id));
    }

    [Fact]
    public void The_party_quoted_never_made_the_object()
    {
        var selfMade = Assertions().Where(o => Assertion(o)!.Value.GetProperty("asserted_by_ref").GetString() == o.CreatedByRef);

        Assert.Empty(selfMade.Select(o => o.Id));
    }

    [Fact]
    public void The_Russian_accusation_targets_an_identity_not_a_threat_actor()
    {
        var accusation = Accusation();

        Assert.Equal(("identity", "Ukraine (government)"), (TypeOf(Field(accusation, "target_ref")), Field(Get(Field(accusation, "target_ref")!), "name")));
    }

    [Fact]
    public void The_Russian_accusation_is_asserted_by_the_Russian_Federation()
    {
        var assertedBy = Assertion(Accusation())!.Value.GetProperty("asserted_by_ref").GetString()!;

        Assert.Equal(("identity", "Russian Federation (government)"), (TypeOf(assertedBy), Field(Get(assertedBy), "name")));
    }

    [Fact]
    public void No_threat_actor_is_a_state()
    {
        var names = DemoPicture.Objects().Where(o => o.Type == "threat-actor").Select(o => Field(o, "name")).Order();

        Assert.Equal(["ISIS-K", "Islamic State"], names);
    }

    [Fact]
    public void The_opinion_strongly_disagrees_with_the_accusation()
    {
        var opinion = Assert.Single(DemoPicture.Objects(), o => o.Type == "opinion");

        var refs = string.Join(" ", opinion.Root.GetProperty("object_refs").EnumerateArray().Select(e => e.GetString()));

        Assert.Equal(("strongly-disagree", Accusation().Id), (Field(opinion, "opinion"), refs));
    }

    [Fact]
    public void The_Krasnogorsk_attack_killed_137()
    {
        var terrorism = KrasnogorskIncident().Root.GetProperty("extensions").GetProperty(TocsinExtensions.TerrorismIncidentId);

        Assert.Equal(137, terrorism.GetProperty("killed").GetInt32());
    }

    [Fact]
    public void The_Krasnogorsk_attack_was_completed_and_the_plots_in_France_were_foiled()
    {
        var determinations = DemoPicture.Objects().Where(o => o.Type == "incident")
            .Select(o => o.Root.GetProperty("extensions").GetProperty(TocsinExtensions.OasisIncidentCoreId).GetProperty("determination").GetString())
            .Order();

        Assert.Equal(["blocked", "successful-attempt"], determinations);
    }

    [Fact]
    public void Each_assertion_is_listed_by_the_report_it_cites()
    {
        var unlisted = Assertions().Where(o =>
        {
            var report = Get(Assertion(o)!.Value.GetProperty("report_ref").GetString()!);
            return !report.Root.GetProperty("object_refs").EnumerateArray().Any(e => e.GetString() == o.Id);
        });

        Assert.Empty(unlisted.Select(o => o.Id));
    }

    [Fact]
    public void The_French_assessment_is_green_one_note_amber_and_the_rest_clear()
    {
        var byMarking = DemoPicture.Objects().Where(o => o.Type != "marking-definition")
            .GroupBy(o => string.Join(",", o.ObjectMarkingRefs))
            .ToDictionary(g => g.Key, g => string.Join(" ", g.Select(o => o.Type).Order()));

        Assert.Equal(
            ("relationship relationship report", "note", 3),
            (byMarking[TlpGreen], byMarking[TlpAmber], byMarking.Count));
    }

    [Fact]
    public void The_French_assessment_is_TLP_GREEN()
    {
        var french = Assertions().Single(o => Field(o, "source_ref") == KrasnogorskIncident().Id && Assertion(o)!.Value.GetProperty("basis").GetString() == "assessment");

        Assert.Equal([TlpGreen], french.ObjectMarkingRefs);
    }

    private static List<StixReadItem> Read()
    {
        using var stream = new MemoryStream(DemoPicture.Bundle().ToArray());
        return StixBundleReader.ReadAsync(stream, TestContext.Current.CancellationToken).ToBlockingEnumerable().ToList();
    }

    private static StixObject Get(string id) => DemoPicture.Objects().Single(o => o.Id == id);

    private static string TypeOf(string? id) => id is null ? string.Empty : id[..id.IndexOf("--", StringComparison.Ordinal)];

    private static string? Field(StixObject o, string name) =>
        o.Root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static JsonElement? Assertion(StixObject o) =>
        o.Root.TryGetProperty("extensions", out var e) && e.TryGetProperty(TocsinExtensions.AssertionId, out var a) ? a : null;

    private static IEnumerable<StixObject> Assertions() => DemoPicture.Objects().Where(o => Assertion(o) is not null);

    private static StixObject Accusation() =>
        Assertions().Single(o => Assertion(o)!.Value.GetProperty("basis").GetString() == AssertionBasis.Accusation);

    private static StixObject KrasnogorskIncident() =>
        DemoPicture.Objects().Single(o => o.Type == "incident" && Field(o, "name")!.Contains("Krasnogorsk", StringComparison.Ordinal));

    /// <summary>Every value of a property named <c>*_ref</c> or <c>*_refs</c>, at any depth (extensions included).</summary>
    private static IEnumerable<string> References(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            return element.EnumerateArray().SelectMany(References);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        return element.EnumerateObject().SelectMany(p =>
            p.Name.EndsWith("_ref", StringComparison.Ordinal) && p.Value.ValueKind == JsonValueKind.String ? [p.Value.GetString()!]
            : p.Name.EndsWith("_refs", StringComparison.Ordinal) && p.Value.ValueKind == JsonValueKind.Array ? p.Value.EnumerateArray().Select(e => e.GetString() ?? string.Empty)
            : References(p.Value));
    }
}
