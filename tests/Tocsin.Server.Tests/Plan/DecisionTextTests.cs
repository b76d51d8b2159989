using System.Net;

namespace Tocsin.Server.Tests.Plan;

/// <summary>decision texts are checked at proposal against what CAP and XML can carry, so an
/// accepted proposal can always be approved and published.</summary>
public sealed class DecisionTextTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    public static TheoryData<string, string> Refused => new()
    {
        { "rationale", "Menace \u0001 évaluée." },
        { "rationale", "Menace \u001b[31m évaluée." },
        { "authority", "Premier ministre\u0000" },
        { "rationale", "Fin \uffff." },
        { "authority", new string('a', 201) },
        { "rationale", new string('a', 8001) },
    };

    public static TheoryData<string, string> NastyButAccepted => new()
    {
        { "rationale", "Tab\there, new line\nthere, carriage return\r\nand <tags> & \"quotes\" ]]> end." },
        { "rationale", "Emoji 🚨🇫🇷, CJK 恐怖主义, Arabic الإرهاب, RTL mark \u200f, zero width \u200b\u200d, BOM \ufeff." },
        { "rationale", "Combining e\u0301\u0301\u0301 and NBSP\u00a0and line separator\u2028and paragraph\u2029." },
        { "rationale", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]>&a; &amp; &#x1; ]]>" },
        { "rationale", new string('é', 8000) },
        { "authority", "Premier ministre & <conseil> \"de défense\" 🚨" },
        { "authority", new string('x', 200) },
        { "rationale", "Private use \ue000 and high plane \U0010FFFD and surrogate pair \U0001F600." },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_text_CAP_cannot_carry_is_refused_at_proposal_naming_the_field(string field, string value)
    {
        var (analyst, _) = await app.PlanClientsAsync();

        var problem = await HttpAssert.StatusAsync(HttpStatusCode.UnprocessableEntity,
            await analyst.ProposeAsync(PlanRequests.Proposal().With(field, value)), "application/problem+json");

        Assert.Contains($"The {field} ", PlanHttp.Json(problem).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(NastyButAccepted))]
    public async Task Every_accepted_proposal_can_be_approved_and_published(string field, string value)
    {
        var (analyst, approver) = await app.PlanClientsAsync();
        var id = await analyst.ProposedIdAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D01").With(field, value));

        var approved = PlanHttp.Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await approver.ActAsync(id, "approve")));
        var identifier = approved.GetProperty("messages")[0].GetProperty("identifier").GetString();
        using var client = app.CreateClient();

        await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetPathAsync($"/feeds/cap/{identifier}.xml"), "application/cap+xml");
    }

    // A JSON escape of a lone surrogate (\ud800) fails in the request body binder itself, before any endpoint runs:
    // that is the JSON input path of every endpoint, covered by the hostile-input tests.
    [Theory]
    [InlineData("\\u0001")]
    [InlineData("\\u001b")]
    [InlineData("\\uffff")]
    public async Task An_escaped_character_CAP_cannot_carry_in_the_json_body_is_refused_before_anything_is_stored(string escaped)
    {
        var (analyst, _) = await app.PlanClientsAsync();
        var before = await app.PlanCountsAsync();
        var json = System.Text.Json.JsonSerializer.Serialize(PlanRequests.Proposal().With("rationale", "PLACEHOLDER")).Replace("PLACEHOLDER", "Menace " + escaped, StringComparison.Ordinal);

        using var response = await analyst.PostAsync(new Uri("/api/v1/decisions", UriKind.Relative), new StringContent(json, System.Text.Encoding.UTF8, "application/json"), PlanHttp.Ct);

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity && before == await app.PlanCountsAsync(),
            $"{response.StatusCode}: {await response.Content.ReadAsStringAsync(PlanHttp.Ct)}");
    }

    [Fact]
    public async Task A_cancellation_reason_with_a_control_character_is_refused_before_anything_is_published()
    {
        var decision = await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D02"));
        var (analyst, _) = await app.PlanClientsAsync();

        var problem = await HttpAssert.StatusAsync(HttpStatusCode.UnprocessableEntity,
            await analyst.ActAsync(decision.GetProperty("id").GetString()!, "cancel", new { reason = "Fin\u0007." }), "application/problem+json");

        Assert.Equal("text-invalid-character", PlanHttp.Code(problem));
    }
}
