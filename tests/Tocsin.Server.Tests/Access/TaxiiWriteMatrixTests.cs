using System.Net;
using System.Text.Json.Nodes;
using Tocsin.Core.Stix;
using static Tocsin.Server.Tests.Access.WriteMatrixScenario;
using static Tocsin.Server.Tests.Taxii.Taxii;

namespace Tocsin.Server.Tests.Access;

/// <summary>The TAXII write paths (POST and DELETE of objects) × every principal kind × every marking: what
/// happens, that a refusal changes nothing (the audit log does not move), and that no answer tells a caller more
/// about an object out of its reach than about an id that was never stored.</summary>
public sealed class TaxiiWriteMatrixTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    public static TheoryData<MatrixPrincipal, HttpStatusCode, string> PostOutcomes() => new()
    {
        { MatrixPrincipal.Analyst, HttpStatusCode.Accepted, "picture" },
        { MatrixPrincipal.Admin, HttpStatusCode.Accepted, "picture" },
        { MatrixPrincipal.Approver, HttpStatusCode.NotFound, "nothing" },
        { MatrixPrincipal.WatchOfficer, HttpStatusCode.Forbidden, "nothing" },
        { MatrixPrincipal.PartnerRead, HttpStatusCode.Forbidden, "nothing" },
        { MatrixPrincipal.PartnerReadWrite, HttpStatusCode.Accepted, "contribution" },
        { MatrixPrincipal.PartnerWriteOnly, HttpStatusCode.Accepted, "contribution" },
    };

    [Theory]
    [MemberData(nameof(PostOutcomes))]
    public async Task A_new_object_posted_lands_in_the_picture_only_from_our_own_staff(MatrixPrincipal principal, HttpStatusCode status, string lands)
    {
        using var s = await CreateAsync(app);
        var id = NewId("indicator");
        var before = await app.AuditSequenceAsync();

        var response = await s.Taxii(principal).PostAsync(Objects(s.Collection), Envelope(Indicator(id, Created, "new", TlpMarkings.GreenId)), Ct);
        var body = await HttpAssert.StatusAsync(status, response, MediaType);
        var inPicture = await app.FindObjectAsync(s.Collection.Alias, id) is not null;
        var moved = await app.AuditSequenceAsync() != before;

        Assert.Equal((lands == "picture", lands != "nothing"), (inPicture, moved));
        Assert.True(status != HttpStatusCode.Accepted || JsonNode.Parse(body)!["success_count"]!.GetValue<int>() == 1, body);
    }

    public static TheoryData<MatrixPrincipal, MatrixMarking> WritingPartnersByMarking()
    {
        var data = new TheoryData<MatrixPrincipal, MatrixMarking>();
        foreach (var marking in Enum.GetValues<MatrixMarking>())
        {
            data.Add(MatrixPrincipal.PartnerReadWrite, marking);
            data.Add(MatrixPrincipal.PartnerWriteOnly, marking);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(WritingPartnersByMarking))]
    public async Task A_partners_version_of_our_object_is_answered_as_for_an_unknown_id_and_leaves_our_version_served(MatrixPrincipal principal, MatrixMarking marking)
    {
        using var s = await CreateAsync(app);
        var ours = s.ObjectId(marking);
        var unknown = NewId("indicator");

        var forOurs = await PostTwiceAsync(s, principal, ours);
        var forUnknown = await PostTwiceAsync(s, principal, unknown);
        var stored = await app.FindObjectAsync(s.Collection.Alias, ours);

        Assert.Equal(forUnknown, forOurs);
        Assert.Equal(("ours", Created), (stored!.Root.GetProperty("name").GetString(), stored.Root.GetProperty("modified").GetString()));
    }

    public static TheoryData<MatrixPrincipal, MatrixMarking, HttpStatusCode> DeleteOutcomes()
    {
        var data = new TheoryData<MatrixPrincipal, MatrixMarking, HttpStatusCode>();
        foreach (var marking in Enum.GetValues<MatrixMarking>())
        {
            data.Add(MatrixPrincipal.Analyst, marking, HttpStatusCode.OK);
            data.Add(MatrixPrincipal.Admin, marking, HttpStatusCode.OK);
            data.Add(MatrixPrincipal.Approver, marking, HttpStatusCode.NotFound);
            data.Add(MatrixPrincipal.WatchOfficer, marking, HttpStatusCode.Forbidden);
            data.Add(MatrixPrincipal.PartnerRead, marking, HttpStatusCode.Forbidden);
            data.Add(MatrixPrincipal.PartnerReadWrite, marking, HttpStatusCode.NotFound);
            data.Add(MatrixPrincipal.PartnerWriteOnly, marking, HttpStatusCode.NotFound);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DeleteOutcomes))]
    public async Task Only_our_staff_with_a_write_grant_delete_our_objects_and_a_refusal_says_nothing_about_them(
        MatrixPrincipal principal, MatrixMarking marking, HttpStatusCode status)
    {
        using var s = await CreateAsync(app);
        var ours = s.ObjectId(marking);
        var before = await app.AuditSequenceAsync();

        var response = await s.Taxii(principal).DeleteAsync(Objects(s.Collection, ours + "/"), Ct);
        var body = await HttpAssert.StatusAsync(status, response);
        var stillServed = await app.FindObjectAsync(s.Collection.Alias, ours) is not null;
        var moved = await app.AuditSequenceAsync() != before;
        var forUnknown = await (await s.Taxii(principal).DeleteAsync(Objects(s.Collection, NewId("indicator") + "/"), Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Equal(status == HttpStatusCode.OK, moved);
        Assert.Equal(status != HttpStatusCode.OK, stillServed);
        Assert.True(status == HttpStatusCode.OK || body == forUnknown, $"known: {body}\nunknown: {forUnknown}");
    }

    /// <summary>The statuses of posting a version under <paramref name="id"/> and then different content under the
    /// same version, with what differs by nature (status ids, times, the object id) taken out.</summary>
    private static async Task<string> PostTwiceAsync(WriteMatrixScenario s, MatrixPrincipal principal, string id)
    {
        var answers = new List<string>();
        foreach (var name in new[] { "theirs", "theirs again" })
        {
            var status = JsonNode.Parse((await PostAsync(s.Taxii(principal), s.Collection,
                Envelope(Indicator(id, Later, name, TlpMarkings.ClearId)))).GetRawText())!.AsObject();
            status.Remove("id");
            status.Remove("request_timestamp");
            answers.Add(status.ToJsonString().Replace(id, "ID", StringComparison.Ordinal));
        }

        return string.Join('\n', answers);
    }
}
