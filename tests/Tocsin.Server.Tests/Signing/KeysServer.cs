using Microsoft.AspNetCore.Mvc.Testing;

namespace Tocsin.Server.Tests.Signing;

/// <summary>Servers started and stopped over one data directory that outlives them, to see keys persist.</summary>
public sealed class KeysServer : IDisposable
{
    public KeysServer()
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "tocsin-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataDirectory);
    }

    public string DataDirectory { get; }

    public string KeysDirectory => Path.Combine(DataDirectory, "keys");

    /// <summary>Starts a server, fetches the JWKS once, stops the server.</summary>
    public async Task<HttpResponseMessage> GetKeysAsync(string? ifNoneMatch = null)
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
            builder.UseSetting("Tocsin:DataDirectory", DataDirectory).UseSetting(Tocsin.Testing.SecondFactorRelaxed.Key, Tocsin.Testing.SecondFactorRelaxed.Value));
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/.well-known/tocsin/keys.json", UriKind.Relative));
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public void Dispose()
    {
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
