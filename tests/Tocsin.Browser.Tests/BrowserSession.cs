using Microsoft.Playwright;

namespace Tocsin.Browser.Tests;

/// <summary>The Debian Chromium driven by Playwright. Outside CI a missing browser skips the tests
/// visibly; under CI=true it fails them, because CI must never skip silently.</summary>
public sealed class BrowserSession : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // The machine has no network beyond loopback: background services only produce refused connections.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A new page; skips (or fails under CI) when Chromium is not installed.</summary>
    public async Task<IPage> NewPageAsync()
    {
        if (Browser is null)
        {
            Assert.False(InCi, $"Chromium is required under CI but {ChromiumPath} is missing.");
            Assert.Skip($"Chromium not installed at {ChromiumPath}; install the Debian 'chromium' package.");
        }

        return await Browser.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
