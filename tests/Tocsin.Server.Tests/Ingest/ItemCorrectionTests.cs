using System.Text;
using Tocsin.Core.Stix;
using Tocsin.Server.Ingest;

namespace Tocsin.Server.Tests.Ingest;

public sealed class ItemCorrectionTests
{
    private const string Actor = "threat-actor--6f1a8a47-1f6a-4bb0-9d2c-7a1e7c3e0c11";
    private const string Other = "threat-actor--1c4b5f0e-2a55-4d32-8a43-93b3a0a3f5a2";
    private const string Asserter = "identity--0d4c7a47-4b4e-4f2f-9f1e-2e0a5f0b7c21";

    private static readonly StixObject Claim = StixObject.Parse(Encoding.UTF8.GetBytes($$"""
        {"type":"relationship","spec_version":"2.1","id":"relationship--3a2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d","created":"2024-03-22T21:00:00.000Z",
         "modified":"2024-03-22T21:00:00.000Z","relationship_type":"attributed-to","source_ref":"incident--9b1f7e2a-3c4d-4e5f-8a6b-7c8d9e0f1a2b",
         "target_ref":"{{Actor}}","extensions":{"{{TocsinExtensions.AssertionId}}":{"extension_type":"property-extension",
         "asserted_by_ref":"{{Asserter}}","basis":"claim","asserted_at":"2024-03-22T21:00:00.000Z","source_reliability":"F","information_credibility":6} } }
        """)).Value;

    [Fact]
    public void An_assertion_takes_another_actor_and_basis_from_the_choices()
    {
        var (corrected, _, _) = ItemCorrection.Apply(Claim, new(null, null, null, null, Other, Asserter, "accusation"),
            new HashSet<string> { Actor, Other }, new HashSet<string> { Asserter });

        var assertion = corrected!.Value.GetProperty("extensions").GetProperty(TocsinExtensions.AssertionId);
        Assert.Equal((Other, "accusation"), (corrected.Value.GetProperty("target_ref").GetString(), assertion.GetProperty("basis").GetString()));
    }

    [Fact]
    public void An_actor_outside_the_choices_is_refused_on_its_field()
    {
        var (corrected, field, problem) = ItemCorrection.Apply(Claim, new(null, null, null, null, Other, null, null),
            new HashSet<string> { Actor }, new HashSet<string> { Asserter });

        Assert.Equal((null, "actor", "choose-from-list"), (corrected, field, problem));
    }

    [Fact]
    public void A_basis_outside_the_vocabulary_is_refused()
    {
        var (_, field, _) = ItemCorrection.Apply(Claim, new(null, null, null, null, null, null, "rumour"),
            new HashSet<string> { Actor }, new HashSet<string> { Asserter });

        Assert.Equal("basis", field);
    }
}
