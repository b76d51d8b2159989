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

/// <summary>Concurrent requests per credential, on a real Kestrel server: a request in progress keeps its permit
/// (docs/operations.md "Limits").</summary>
public sealed class ConcurrencyLimitTests
{
    private const string Password = "analyst-password";

    // The decisions' event stream stays open until the client leaves: a request in progress for as long as the test
    // needs, with its permit taken once the answer's headers are out, so nothing here races the server.
    [Fact]
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
            var stream = await ana.GetAsync(new Uri("/api/v1/decisions/events", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);

            using var refused = await ana.GetAsync(new Uri("/api/v1/whoami", UriKind.Relative), TestContext.Current.CancellationToken);
            var problem = await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            using var publicPath = await ana.GetAsync(new Uri("/api/v1/levels", UriKind.Relative), TestContext.Current.CancellationToken);
            using var otherCredential = await bob.GetAsync(new Uri("/api/v1/whoami", UriKind.Relative), TestContext.Current.CancellationToken);
            var streamStatus = stream.StatusCode;
            stream.Dispose();
            var afterwards = await UntilServedAsync(ana);

            Assert.Equal(
                (HttpStatusCode.OK, HttpStatusCode.TooManyRequests, "application/problem+json", "too-many-requests", "1", HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK),
                (streamStatus, refused.StatusCode, refused.Content.Headers.ContentType?.MediaType, Plan.PlanHttp.Code(problem), refused.Headers.RetryAfter?.ToString(),
                    publicPath.StatusCode, otherCredential.StatusCode, afterwards));
            await app.StopAsync(TestContext.Current.CancellationToken);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    // Once the stream is closed its permit comes back as soon as the server notices the client left.
    private static async Task<HttpStatusCode> UntilServedAsync(HttpClient client)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var response = await client.GetAsync(new Uri("/api/v1/whoami", UriKind.Relative), TestContext.Current.CancellationToken);
            if (response.StatusCode != HttpStatusCode.TooManyRequests || attempt == 200)
            {
                return response.StatusCode;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
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
}
