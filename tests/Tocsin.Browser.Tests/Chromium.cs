using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Tocsin.Browser.Tests.Chromium))]

namespace Tocsin.Browser.Tests;

/// <summary>The Debian Chromium driven by Playwright, launched once for the whole test assembly: a launch costs seconds on
/// a loaded two-core machine, and a new browser context per page already isolates cookies, storage and cache. Test classes
/// reach it through their <see cref="BrowserSession"/>, which closes the contexts it opened when the class is done.</summary>
public sealed class Chromium : IAsyncLifetime
{
    /// <summary>Where the Debian package installs the browser.</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    /// <summary>The running browser, or null when Chromium is not installed.</summary>
    public IBrowser? Browser { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // The machine has no network beyond loopback: background services only produce refused connections.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync"],
        });
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
