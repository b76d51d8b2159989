using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Tocsin.Core.Principals;
using Tocsin.Storage;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Operations;

/// <summary>Concurrent requests per credential, on a real Kestrel server: a request held open keeps its permit
/// (docs/operations.md "Limits").</summary>
public sealed class ConcurrencyLimitTests
{
    private const string Password = "analyst-password";

    [Fact(Skip = "Unreliable: the held request does not always reach the server before the second one; passes when it does")]
    public async Task A_credential_with_a_request_in_progress_gets_429_elsewhere_while_the_public_path_and_others_are_served()
    {
        var directory = Path.Combine(Path.GetTempPath(), "tocsin-tests", Guid.NewGuid().ToString("N"));
        try
        {
            await using var app = await TocsinServer.BuildAsync([.. SecondFactorRelaxed.Args, "--Tocsin:Limits:ConcurrentRequestsPerCredential=1"],
                new ServerSettings { Port = 0, DataDirectory = directory }, TestContext.Current.CancellationToken);
            await app.StartAsync(TestContext.Current.CancellationToken);
            var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            var store = app.Services.GetRequiredService<ITocsinStore>();
            await AddAnalystAsync(store, "ana");
            await AddAnalystAsync(store, "bob");
            using var ana = Client(address, "ana");
            using var bob = Client(address, "bob");
            using var held = new HeldContent("{"u8.ToArray(), Encoding.UTF8.GetBytes(LimitTests.Json("rationale", "held")[1..]));
            var inProgress = ana.PostAsync(new Uri("/api/v1/decisions", UriKind.Relative), held, TestContext.Current.CancellationToken);

            using var refused = await UntilRefusedAsync(ana, inProgress);
            var problem = await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            using var publicPath = await ana.GetAsync(new Uri("/api/v1/levels", UriKind.Relative), TestContext.Current.CancellationToken);
            using var otherCredential = await bob.GetAsync(new Uri("/api/v1/whoami", UriKind.Relative), TestContext.Current.CancellationToken);
            held.Release();
            using var finished = await inProgress;

            Assert.Equal(
                ("application/problem+json", "too-many-requests", "1", HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Created),
                (refused.Content.Headers.ContentType?.MediaType, Plan.PlanHttp.Code(problem), refused.Headers.RetryAfter?.ToString(), publicPath.StatusCode,
                    otherCredential.StatusCode, finished.StatusCode));
            await app.StopAsync(TestContext.Current.CancellationToken);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task AddAnalystAsync(ITocsinStore store, string name) =>
        (await store.AddPrincipalAsync(name, PrincipalKind.User, [Role.Analyst], PasswordHasher.Hash(Password, iterations: 1000), TestContext.Current.CancellationToken))
            .Value.ToString();

    private static HttpClient Client(Uri address, string name)
    {
        var client = new HttpClient { BaseAddress = address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{name}:{Password}")));
        return client;
    }

    // The held request takes its permit once the server has its headers: ask until the answer is a refusal.
    private static async Task<HttpResponseMessage> UntilRefusedAsync(HttpClient client, Task<HttpResponseMessage> held)
    {
        for (var attempt = 0; attempt < 400; attempt++)
        {
            var response = await client.GetAsync(new Uri("/api/v1/whoami", UriKind.Relative), TestContext.Current.CancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                return response;
            }

            response.Dispose();
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        Assert.Fail("No request of the same credential was refused while one was in progress; the held one "
            + (held.IsCompleted ? $"ended with {(int)(await held).StatusCode} {await (await held).Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}" : "is still in progress"));
        return null!;
    }
}
