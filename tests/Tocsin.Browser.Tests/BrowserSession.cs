using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Tocsin.Browser.Tests;

/// <summary>One test class's use of the shared <see cref="Chromium"/>: every page or context it opens is a new browser
/// context (its own cookies and storage), closed when the class is done so the shared browser does not pile up
/// renderers. Outside CI a missing browser skips the tests visibly; under CI=true it fails them, because CI must never
/// skip silently.</summary>
public sealed class BrowserSession(Chromium chromium) : IAsyncLifetime
{
    private readonly ConcurrentBag<IBrowserContext> _contexts = [];

    /// <summary>The shared browser, or null when Chromium is not installed (<see cref="NewPageAsync"/> then skips or fails).</summary>
    public IBrowser? Browser => chromium.Browser;

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    /// <summary>A new page in a new context; skips (or fails under CI) when Chromium is not installed.</summary>
    public async Task<IPage> NewPageAsync() => await (await NewContextAsync()).NewPageAsync();

    /// <summary>A new context with <paramref name="options"/>, closed with this session; skips (or fails under CI) when
    /// Chromium is not installed.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        if (Browser is null)
        {
            Assert.False(InCi, $"Chromium is required under CI but {Chromium.ExecutablePath} is missing.");
            Assert.Skip($"Chromium not installed at {Chromium.ExecutablePath}; install the Debian 'chromium' package.");
        }

        var context = await Browser.NewContextAsync(options);
        _contexts.Add(context);
        return context;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }
    }
}
