using System.Text;
using Tocsin.Core.Principals;
using Tocsin.Core.Sharing;
using Tocsin.Core.Stix;
using Tocsin.Storage.Sharing;

namespace Tocsin.Storage.Tests.Sharing;

/// <summary>Contract: a partner's view judges objects not yet stored (a tearline before its release) exactly as it judges
/// them once stored, and judging them stores nothing.</summary>
public abstract class ViewCandidateContract : StoreContractBase
{
    private const string Ours = "identity--fc441a30-7ac0-457b-800a-ab1fd136ebed";

    [Fact]
    public async Task A_candidate_is_judged_as_the_view_judges_it_once_stored_and_nothing_is_stored()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        await db.Store.Sharing.SetSettingsAsync(new SharingSettings { OrganisationIdentityIds = [Ours] }, Ct);
        var partner = (await db.Store.AddPrincipalAsync("bfv", PrincipalKind.Partner, [], null, Ct)).Value;
        (await db.Store.Sharing.SetProfileAsync(new PartnerProfile(partner.Id, "bfv", "DEU", TlpLevel.Green, [], []), Ct)).Value.ToString();
        StixObject[] candidates = [Indicator(TlpMarkings.GreenId), Indicator(TlpMarkings.AmberId), Indicator(null)];
        var reader = ViewReader.Partner(partner.Id, Core.Classification.NationalRules.Default);

        var before = (await db.Store.Sharing.ExplainCandidatesAsync(reader, collection.Id, candidates, Ct)).Value;
        var heldBefore = (await db.Store.Sharing.ExplainViewAsync(reader, collection.Id, Ct)).Value.Count;
        await db.AddAsync(collection, candidates);
        var stored = (await db.Store.Sharing.ExplainViewAsync(reader, collection.Id, Ct)).Value;

        Assert.Equal((0, ",above-ceiling,above-ceiling", string.Join(',', stored.Select(d => Code(d.Decision)))),
            (heldBefore, string.Join(',', before.Select(Code)), string.Join(',', before.Select(Code))));
    }

    private static string? Code(SharingDecision decision) => decision.Reason is { } reason ? SharingDecision.CodeOf(reason) : null;

    private static StixObject Indicator(string? marking) => StixObject.FromTrusted(Encoding.UTF8.GetBytes($$"""
        {"type":"indicator","spec_version":"2.1","id":"indicator--{{Guid.NewGuid():D}}","created_by_ref":"{{Ours}}",
         "created":"2024-03-22T10:00:00.000Z","modified":"2024-03-22T10:00:00.000Z","name":"phone",
         "pattern":"[ipv4-addr:value = '198.51.100.7']","pattern_type":"stix","valid_from":"2024-03-22T00:00:00Z"
         {{(marking is null ? "" : $",\"object_marking_refs\":[\"{marking}\"]")}}}
        """));
}
