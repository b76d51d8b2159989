using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tocsin.Core.Stix;
using Tocsin.Server.Tests.Ingest;
using Tocsin.Server.Tests.Plan;
using static Tocsin.Server.Tests.Access.WriteMatrixScenario;
using static Tocsin.Server.Tests.Taxii.Taxii;

namespace Tocsin.Server.Tests.Access;

/// <summary>Every state change of the JSON API × every principal kind: the principals the rules name get a 2xx
/// and the change is on the audit log; everyone else gets a 403 problem and the audit log does not move.</summary>
public sealed class ApiWriteMatrixTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private static readonly Dictionary<ApiWritePath, MatrixPrincipal[]> Allowed = new()
    {
        [ApiWritePath.ProposeDecision] = [MatrixPrincipal.Analyst, MatrixPrincipal.Approver],
        [ApiWritePath.ApproveDecision] = [MatrixPrincipal.Approver],
        [ApiWritePath.RejectDecision] = [MatrixPrincipal.Approver],
        [ApiWritePath.ProposeCancellation] = [MatrixPrincipal.Analyst, MatrixPrincipal.Approver],
        [ApiWritePath.CreateTearline] = [MatrixPrincipal.Analyst],
        [ApiWritePath.CreateDraft] = [MatrixPrincipal.Analyst, MatrixPrincipal.Admin],
        [ApiWritePath.AddSubscriber] = [MatrixPrincipal.Admin],
        [ApiWritePath.AddPartner] = [MatrixPrincipal.Admin],
        [ApiWritePath.PromoteContribution] = [MatrixPrincipal.Analyst],
    };

    public static TheoryData<ApiWritePath, MatrixPrincipal> Matrix()
    {
        var data = new TheoryData<ApiWritePath, MatrixPrincipal>();
        foreach (var path in Enum.GetValues<ApiWritePath>())
        {
            foreach (var principal in Enum.GetValues<MatrixPrincipal>())
            {
                data.Add(path, principal);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Only_the_principals_the_rules_name_change_anything(ApiWritePath path, MatrixPrincipal principal)
    {
        using var s = await CreateAsync(app);
        using var request = await RequestAsync(s, path);
        var allowed = Allowed[path].Contains(principal);
        var before = await app.AuditSequenceAsync();

        using var response = await s.Api(principal).SendAsync(request, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        var moved = await app.AuditSequenceAsync() != before;

        Assert.True(allowed ? response.IsSuccessStatusCode : response.StatusCode == HttpStatusCode.Forbidden,
            $"{path} as {principal}: {(int)response.StatusCode}\n{body}");
        Assert.Equal(allowed, moved);
        Assert.True(allowed || response.Content.Headers.ContentType?.MediaType == "application/problem+json", body);
    }

    /// <summary>A request that the path's rules accept from an allowed principal, with whatever it needs prepared
    /// by other principals first.</summary>
    private async Task<HttpRequestMessage> RequestAsync(WriteMatrixScenario s, ApiWritePath path) => path switch
    {
        ApiWritePath.ProposeDecision => Post("/api/v1/decisions", PlanRequests.Proposal()),
        ApiWritePath.ApproveDecision => Post($"/api/v1/decisions/{await PendingDecisionAsync()}/approve", null),
        ApiWritePath.RejectDecision => Post($"/api/v1/decisions/{await PendingDecisionAsync()}/reject", new { reason = "Not supported by the evidence." }),
        ApiWritePath.ProposeCancellation => Post($"/api/v1/decisions/{await ApprovedDecisionAsync()}/cancel", new { reason = "The threat has receded." }),
        ApiWritePath.CreateTearline => Post("/api/v1/tearlines", new
        {
            objectId = s.ObjectId(MatrixMarking.Red),
            collection = s.Collection.Alias,
            release = "green",
            texts = new { name = "An address linked to the Khorasan branch" },
        }),
        ApiWritePath.CreateDraft => new HttpRequestMessage(HttpMethod.Post, Url("/api/v1/drafts")) { Content = Reports.CrocusJson() },
        ApiWritePath.AddSubscriber => Post("/api/v1/subscribers", new { name = Some(), url = "https://93.184.216.34/hooks", territories = new[] { "FRA" } }),
        ApiWritePath.AddPartner => Post("/api/v1/partners", new { name = Some(), country = "BEL", ceiling = "green" }),
        ApiWritePath.PromoteContribution => Post($"/api/v1/partners/{s.Names[MatrixPrincipal.PartnerReadWrite]}/contributions/{await ContributionAsync(s)}/promote",
            new { mode = "verbatim" }),
    };

    private async Task<string> PendingDecisionAsync()
    {
        var (analyst, approver) = await app.PlanClientsAsync();
        using (analyst)
        using (approver)
        {
            var proposed = await HttpAssert.StatusAsync(HttpStatusCode.Created, await analyst.PostAsJsonAsync(Url("/api/v1/decisions"), PlanRequests.Proposal(), Ct));
            return JsonDocument.Parse(proposed).RootElement.GetProperty("id").GetString()!;
        }
    }

    private async Task<string> ApprovedDecisionAsync() =>
        (await app.DecideLevelAsync(PlanRequests.Proposal())).GetProperty("id").GetString()!;

    private static async Task<string> ContributionAsync(WriteMatrixScenario s)
    {
        var id = NewId("indicator");
        var status = await PostAsync(s.Taxii(MatrixPrincipal.PartnerReadWrite), s.Collection, Envelope(Indicator(id, Created, "theirs", TlpMarkings.GreenId)));
        Assert.Equal(1, status.GetProperty("success_count").GetInt32());
        return id;
    }

    private static HttpRequestMessage Post(string path, object? body) =>
        new(HttpMethod.Post, Url(path)) { Content = body is null ? null : JsonContent.Create(body) };

    private static string Some() => Tocsin.Testing.Some.Alias("matrix");
}
