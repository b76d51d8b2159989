using System.Net;
using System.Net.Sockets;
using Tocsin.Core.Webhooks;

namespace Tocsin.Core.Tests.Webhooks;

public sealed class WebhookTargetPolicyTests
{
    private static readonly WebhookTargetPolicy Strict = new(WebhookAllowList.Empty);

    [Theory]
    [InlineData("ftp://203.0.113.7/hook", "webhook-url-invalid")]
    [InlineData("file:///etc/passwd", "webhook-url-invalid")]
    [InlineData("javascript:alert(1)", "webhook-url-invalid")]
    [InlineData("/relative/hook", "webhook-url-invalid")]
    [InlineData("https://user:pw@203.0.113.7/hook", "webhook-url-invalid")]
    [InlineData("http://127.0.0.1:8080/hook", "webhook-target-refused")]
    [InlineData("http://10.1.2.3/hook", "webhook-target-refused")]
    [InlineData("http://172.20.0.1/hook", "webhook-target-refused")]
    [InlineData("http://192.168.1.1/hook", "webhook-target-refused")]
    [InlineData("http://169.254.169.254/latest/meta-data", "webhook-target-refused")]
    [InlineData("http://0.0.0.0/hook", "webhook-target-refused")]
    [InlineData("http://[::1]/hook", "webhook-target-refused")]
    [InlineData("http://[fe80::1]/hook", "webhook-target-refused")]
    [InlineData("http://[fd00::1]/hook", "webhook-target-refused")]
    [InlineData("http://[::ffff:127.0.0.1]/hook", "webhook-target-refused")]
    [InlineData("http://internal.example/hook", "webhook-target-refused")]
    [InlineData("http://rebound.example/hook", "webhook-target-refused")]
    [InlineData("http://[::127.0.0.1]/hook", "webhook-target-refused")]
    [InlineData("http://[64:ff9b::169.254.169.254]/latest/meta-data", "webhook-target-refused")]
    [InlineData("http://[64:ff9b:1::8.8.8.8]/hook", "webhook-target-refused")]
    [InlineData("http://[2002:7f00:1::]/hook", "webhook-target-refused")]
    [InlineData("http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/hook", "webhook-target-refused")]
    [InlineData("http://203.0.113.7/hook", "webhook-target-refused")]
    [InlineData("http://198.18.0.1/hook", "webhook-target-refused")]
    [InlineData("http://[fec0::1]/hook", "webhook-target-refused")]
    public async Task Refused_targets(string url, string code)
    {
        var result = await Strict.CheckAsync(url, Resolve, TestContext.Current.CancellationToken);

        Assert.Equal(code, result.Error?.Code);
    }

    [Theory]
    [InlineData("https://9.9.9.9/hook")]
    [InlineData("http://[2620:fe::fe]:8443/hook?x=1")]
    [InlineData("https://alerts.example/hook")]
    public async Task Public_targets_are_accepted(string url)
    {
        var result = await Strict.CheckAsync(url, Resolve, TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess, result.Error?.Message);
    }

    [Theory]
    [InlineData("127.0.0.1", "http://127.0.0.1:8080/hook")]
    [InlineData("10.0.0.0/8", "http://10.1.2.3/hook")]
    [InlineData("internal.example", "http://internal.example/hook")]
    [InlineData("::1", "http://[::1]/hook")]
    public async Task Allow_listed_targets_are_accepted(string entry, string url)
    {
        var policy = new WebhookTargetPolicy(WebhookAllowList.Parse([entry]).Value);

        var result = await policy.CheckAsync(url, Resolve, TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess, result.Error?.Message);
    }

    [Fact]
    public async Task A_host_that_does_not_resolve_is_refused()
    {
        var result = await Strict.CheckAsync("https://nowhere.example/hook", Resolve, TestContext.Current.CancellationToken);

        Assert.Equal("webhook-target-unresolvable", result.Error?.Code);
    }

    [Fact]
    public void An_allow_list_entry_that_is_neither_host_nor_range_is_refused()
    {
        Assert.Equal("webhook-allow-list-invalid", WebhookAllowList.Parse(["10.0.0.0/99"]).Error?.Code);
    }

    private static Task<IPAddress[]> Resolve(string host, CancellationToken cancellationToken) => host switch
    {
        "alerts.example" => Task.FromResult(new[] { IPAddress.Parse("9.9.9.10") }),
        "internal.example" => Task.FromResult(new[] { IPAddress.Parse("9.9.9.11"), IPAddress.Parse("10.0.0.5") }),
        "rebound.example" => Task.FromResult(new[] { IPAddress.Parse("64:ff9b::a9fe:a9fe") }),
        _ => Task.FromException<IPAddress[]>(new SocketException((int)SocketError.HostNotFound)),
    };
}
