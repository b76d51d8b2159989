namespace Tocsin.Cli.Tests;

/// <summary>Passwords must be long and uncommon; API keys may expire, and <c>user list</c> shows expiry and last use.</summary>
public sealed class UserCredentialPolicyTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Theory]
    [InlineData("hunter2", "at least 12 characters")]
    [InlineData("s3cr3t!", "at least 12 characters")]
    [InlineData("unbelievable", "most common passwords")]
    [InlineData("Iloveyou2024!!", "most common passwords")]
    public async Task A_short_or_common_password_is_refused_and_adds_nobody(string password, string reason)
    {
        var run = await _sandbox.RunAsync(["user", "add", "paul", "--role", "approver", "--password-stdin"], password + "\n");
        var list = await _sandbox.RunAsync("user", "list");

        Assert.Equal((1, true, false), (run.ExitCode, run.Error.Contains(reason, StringComparison.Ordinal), list.Output.Contains("paul", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_long_uncommon_password_is_accepted()
    {
        var run = await _sandbox.RunAsync(["user", "add", "paul", "--role", "approver", "--password-stdin"], "plume violette sous la pluie\n");

        Assert.True(run.ExitCode == 0, run.ToString());
    }

    [Fact]
    public async Task A_key_issued_with_an_expiry_is_listed_with_it_and_never_used()
    {
        await _sandbox.RunAsync(["user", "add", "ana", "--role", "analyst", "--password-stdin"], "plume violette sous la pluie\n");

        var issued = await _sandbox.RunAsync("user", "key", "ana", "--expires", "2099-06-30T00:00:00Z");
        var list = await _sandbox.RunAsync("user", "list");

        Assert.True(issued.ExitCode == 0, issued.ToString());
        Assert.Matches(@"\n  key [0-9a-f]{12}\tcreated \S+\texpires 2099-06-30T00:00:00Z\tlast used never\r?\n", list.Output);
    }

    [Fact]
    public async Task A_key_without_expiry_never_expires()
    {
        await _sandbox.RunAsync("user", "add", "ana", "--role", "analyst");

        var list = await _sandbox.RunAsync("user", "list");

        Assert.Contains("\texpires never\tlast used never", list.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2001-01-01T00:00:00Z")]
    [InlineData("-5d")]
    public async Task A_bad_or_past_expiry_is_refused(string expires)
    {
        await _sandbox.RunAsync("user", "add", "ana", "--role", "analyst");

        var run = await _sandbox.RunAsync("user", "key", "ana", "--expires", expires);

        Assert.Equal(1, run.ExitCode);
    }
}
