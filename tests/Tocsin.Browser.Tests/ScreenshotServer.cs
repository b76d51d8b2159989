namespace Tocsin.Browser.Tests;

/// <summary>The server a screenshot class shoots, started only when the screenshots are wanted
/// (<see cref="DocImages.Wanted"/>): otherwise those classes do nothing, and starting a server and loading the demo
/// scenario for them would cost every test run seconds for no check.</summary>
/// <typeparam name="TServer">The fixture to start, as a class fixture would.</typeparam>
public sealed class ScreenshotServer<TServer> : IAsyncLifetime
    where TServer : class, IAsyncLifetime, new()
{
    private TServer? _server;

    /// <summary>The started server; only when the screenshots are wanted.</summary>
    public TServer Server => _server ?? throw new InvalidOperationException("The screenshot server starts only with TOCSIN_SCREENSHOTS=1.");

    public async ValueTask InitializeAsync()
    {
        if (DocImages.Wanted)
        {
            _server = new TServer();
            await _server.InitializeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
