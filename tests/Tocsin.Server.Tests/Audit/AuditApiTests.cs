using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Tocsin.Core.Principals;
using Tocsin.Storage;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Audit;

public sealed class AuditApiTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Published_checkpoints_are_public()
    {
        using var client = app.CreateClient();

        var body = await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync(new Uri("/api/v1/audit/checkpoints", UriKind.Relative), Ct));

        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(body).RootElement.ValueKind);
    }

    [Fact]
    public async Task The_head_needs_credentials()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync(new Uri("/api/v1/audit/head", UriKind.Relative), Ct);

        await HttpAssert.StatusAsync(HttpStatusCode.Unauthorized, response);
    }

    [Fact]
    public async Task The_head_names_the_last_entry()
    {
        var name = Some.Alias("auditor");
        await app.AddUserAsync(name, Role.WatchOfficer, "correct horse");
        using var client = app.CreateClient(name, "correct horse");

        var body = await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync(new Uri("/api/v1/audit/head", UriKind.Relative), Ct));

        var head = JsonDocument.Parse(body).RootElement;
        Assert.Equal((true, 64), (head.GetProperty("sequence").GetInt64() >= 1, head.GetProperty("hash").GetString()!.Length));
    }

    [Fact]
    public async Task A_signed_checkpoint_of_the_head_is_written_at_shutdown()
    {
        using var key = RSA.Create(2048);
        var directory = Path.Combine(Path.GetTempPath(), "tocsin-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
                .UseSetting("Tocsin:DataDirectory", directory)
                .UseSetting(Tocsin.Testing.SecondFactorRelaxed.Key, Tocsin.Testing.SecondFactorRelaxed.Value)
                .ConfigureServices(services => services.AddSingleton<Func<byte[], string>>(
                    payload => Convert.ToBase64String(key.SignData(payload, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)))));
            factory.Server.ToString();
            await using (var store = (await StoreOpener.OpenAsync(null, directory, TimeProvider.System, Ct)).Value)
            {
                await store.AddCollectionAsync("first", null, null, Ct);
            }

            await factory.DisposeAsync();

            await using var reopened = (await StoreOpener.OpenAsync(null, directory, TimeProvider.System, Ct)).Value;
            var result = await reopened.Audit.VerifyAsync(false, (payload, signature) =>
                key.VerifyData(payload, Convert.FromBase64String(signature), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1), Ct);
            Assert.Equal((true, 1, 1), (result.Intact, result.CheckpointsMatched, result.SignaturesChecked));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }
}
