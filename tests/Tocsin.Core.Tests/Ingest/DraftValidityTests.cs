using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Tocsin.Core.Ingest;
using Tocsin.Core.Ingest.Evaluation;
using Tocsin.Core.Stix;
using Tocsin.Core.Stix.Extensions;
using Tocsin.Testing;

namespace Tocsin.Core.Tests.Ingest;

public sealed class DraftValidityTests
{
    public static TheoryData<string> CaseIds => [.. TestCorpus.Dev.Select(c => c.Id)];

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Every_drafted_object_passes_the_validator_and_the_extension_rules(string id)
    {
        var draft = Draft(id);

        var errors = draft.Objects.Append(IngestProvenance.ExtensionDefinition)
            .SelectMany(o => StixValidator.Validate(o).Concat(TocsinExtensionRules.Check(o)))
            .Where(i => i.Severity == ValidationSeverity.Error)
            .Select(i => $"{i.ObjectId} {i.Path} {i.Message}");
        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Every_item_has_spans_inside_the_text_and_the_report_refers_to_it(string id)
    {
        var draft = Draft(id);

        var refs = draft.Report.Root.GetProperty("object_refs").EnumerateArray().Select(e => e.GetString()).ToHashSet();
        Assert.All(draft.Items, item =>
        {
            Assert.NotEmpty(item.Spans);
            Assert.All(item.Spans, s => Assert.True(s.Start >= 0 && s.End <= draft.Text.Length && s.Length > 0, $"{item.Label}: {s}"));
            Assert.Contains(item.Id, refs);
        });
    }

    [Fact]
    public void The_bundle_holds_the_extension_definition_the_report_and_every_drafted_object()
    {
        var draft = Draft("01-crocus-wire-en");

        using var bundle = JsonDocument.Parse(draft.ToBundleBytes());
        var ids = bundle.RootElement.GetProperty("objects").EnumerateArray().Select(o => o.GetProperty("id").GetString()).ToList();
        Assert.Equal(draft.Objects.Select(o => o.Id).Prepend(IngestProvenance.ExtensionId), ids);
    }

    [Fact]
    public void Assertions_are_ungraded_and_carry_no_confidence()
    {
        var draft = Draft("10-kerman-en");

        Assert.All(draft.Items.Where(i => i.Field is DraftField.Claim or DraftField.Attribution), item =>
        {
            var assertion = item.Object!.Root.GetProperty("extensions").GetProperty(TocsinExtensions.AssertionId);
            Assert.Equal(("F", 6, false), (assertion.GetProperty("source_reliability").GetString(), assertion.GetProperty("information_credibility").GetInt32(), item.Object.Root.TryGetProperty("confidence", out _)));
        });
    }

    private static DraftBundle Draft(string id)
    {
        var corpusCase = TestCorpus.Dev.Single(c => c.Id == id);
        return ReportIngestor.Ingest(corpusCase.Input, [], new FakeTimeProvider(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero))).Value;
    }
}
