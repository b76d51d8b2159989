namespace Tocsin.Browser.Tests;

/// <summary>The axe-core runner every room's accessibility test relies on finds what it must: were it to find
/// nothing, every one of those tests would pass vacuously.</summary>
public sealed class AxeRunnerTests(BrowserSession browser) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task A_page_with_an_unnamed_button_and_an_image_without_text_has_both_reported()
    {
        var page = await browser.NewPageAsync();
        await page.SetContentAsync("""
            <!doctype html><html lang="en"><head><title>t</title></head>
            <body><main><h1>t</h1><button id="empty"></button><img id="bare" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>
            """);

        var found = await Axe.OnPageAsync(page, "test");

        Assert.True(found.Count == 2 && found.Any(f => f.Contains("button-name", StringComparison.Ordinal) && f.Contains("#empty", StringComparison.Ordinal))
            && found.Any(f => f.Contains("image-alt", StringComparison.Ordinal) && f.Contains("#bare", StringComparison.Ordinal)), string.Join("\n", found));
    }

    [Fact]
    public async Task A_violation_inside_a_frame_is_reported()
    {
        var page = await browser.NewPageAsync();
        await page.SetContentAsync("""
            <!doctype html><html lang="en"><head><title>t</title></head>
            <body><main><h1>t</h1><iframe title="inner" srcdoc="<!doctype html><html lang=en><title>i</title><button id=inner></button></html>"></iframe></main></body></html>
            """);
        await page.WaitForFunctionAsync("() => document.querySelector('iframe').contentDocument?.getElementById('inner') !== null");

        var found = await Axe.OnPageAsync(page, "test");

        Assert.True(found.Count == 1 && found[0].Contains("button-name", StringComparison.Ordinal) && found[0].Contains("#inner", StringComparison.Ordinal),
            string.Join("\n", found));
    }

    [Fact]
    public async Task A_page_without_a_fault_has_none()
    {
        var page = await browser.NewPageAsync();
        await page.SetContentAsync("""
            <!doctype html><html lang="en"><head><title>t</title></head>
            <body><main><h1>t</h1><button>Go</button><img alt="a dot" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>
            """);

        Assert.Empty(await Axe.OnPageAsync(page, "test"));
    }
}
