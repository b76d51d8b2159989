using Microsoft.AspNetCore.Mvc.Testing;

namespace Tocsin.Server.Tests;

/// <summary>A Tocsin server in memory over a temporary data directory, shared per test class.</summary>
public sealed class TocsinApp : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;
    private readonly string _dataDirectory;

    public TocsinApp()
    {
        _dataDirectory = Path.Combine(Path.GetTempPath(), "tocsin-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dataDirectory);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
            builder.UseSetting("data", _dataDirectory));
    }

    /// <summary>A client for the public surface (no credentials).</summary>
    public HttpClient CreateClient() => _factory.CreateClient();

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
