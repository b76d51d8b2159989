namespace Tocsin.Cli.Tests.Subscriber;

public sealed class SubscriberCommandTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task An_added_subscriber_prints_its_secret_once_and_is_listed()
    {
        // 203.0.113.0/24 is documentation space (RFC 5737), refused unless allow-listed, as an operator would.
        Environment.SetEnvironmentVariable("Tocsin__Webhooks__AllowList__0", "203.0.113.0/24");
        var add = await _sandbox.RunAsync("subscriber", "add", "ops-paris", "https://203.0.113.7/hook", "--territory", "FRA-D75", "--exercises", "--data", _sandbox.DataDirectory);
        var list = await _sandbox.RunAsync("subscriber", "list", "--data", _sandbox.DataDirectory);

        Assert.True(add.ExitCode == 0, add.ToString());
        Assert.Matches("secret \\(shown once, store it now\\): whsec_[A-Za-z0-9+/]{43}=", add.Output);
        Assert.Contains("\tops-paris\thttps://203.0.113.7/hook\tFRA-D75\texercises", list.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("whsec_", list.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://203.0.113.7/hook", "http or https")]
    [InlineData("http://127.0.0.1/hook", "loopback, private")]
    [InlineData("http://[64:ff9b::127.0.0.1]/hook", "NAT64")]
    [InlineData("http://[::169.254.169.254]/hook", "IPv4-Compatible")]
    public async Task A_refused_url_is_a_clear_error_and_adds_nobody(string url, string message)
    {
        var add = await _sandbox.RunAsync("subscriber", "add", "ops", url, "--data", _sandbox.DataDirectory);
        var list = await _sandbox.RunAsync("subscriber", "list", "--data", _sandbox.DataDirectory);

        Assert.Equal((1, string.Empty), (add.ExitCode, list.Output));
        Assert.Contains(message, add.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_sector_is_named_and_adds_nobody()
    {
        Environment.SetEnvironmentVariable("Tocsin__Webhooks__AllowList__0", "203.0.113.0/24");
        var add = await _sandbox.RunAsync("subscriber", "add", "rail", "https://203.0.113.7/hook", "--sector", "railways", "--group", "operators", "--data", _sandbox.DataDirectory);
        var list = await _sandbox.RunAsync("subscriber", "list", "--data", _sandbox.DataDirectory);

        Assert.Equal((1, string.Empty), (add.ExitCode, list.Output));
        Assert.Contains("'railways'", add.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_subscriber_is_added_with_its_sectors_and_groups()
    {
        Environment.SetEnvironmentVariable("Tocsin__Webhooks__AllowList__0", "203.0.113.0/24");

        var add = await _sandbox.RunAsync("subscriber", "add", "rail", "https://203.0.113.7/hook", "--sector", "transport", "--group", "operators", "--data", _sandbox.DataDirectory);

        Assert.True(add.ExitCode == 0, add.ToString());
    }
}
