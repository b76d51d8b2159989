using System.Text;

namespace Tocsin.Cli.Tests.Signature;

public sealed class SignatureCommandTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task A_signed_bundle_verifies_against_the_data_directory_keys()
    {
        var bundle = _sandbox.WriteFile("bundle.json", StixSamples.Bundle(StixSamples.Identity()));
        await RunOkAsync("signature", "sign", bundle, "--data", _sandbox.DataDirectory);

        var run = await _sandbox.RunAsync("signature", "verify", bundle, "--data", _sandbox.DataDirectory);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("valid: signed by kid ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_a_bundle_writes_a_detached_JWS_sidecar()
    {
        var bundle = _sandbox.WriteFile("bundle.json", StixSamples.Bundle(StixSamples.Identity()));

        await RunOkAsync("signature", "sign", bundle, "--data", _sandbox.DataDirectory);

        Assert.Matches("^[A-Za-z0-9_-]+\\.\\.[A-Za-z0-9_-]+$", await File.ReadAllTextAsync(bundle + ".jws", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_changed_bundle_fails_with_one_clear_line_and_exit_1()
    {
        var bundle = _sandbox.WriteFile("bundle.json", StixSamples.Bundle(StixSamples.Identity()));
        await RunOkAsync("signature", "sign", bundle, "--data", _sandbox.DataDirectory);
        _sandbox.WriteFile("bundle.json", StixSamples.Bundle(StixSamples.Identity(name: "Forged")));

        var run = await _sandbox.RunAsync("signature", "verify", bundle, "--data", _sandbox.DataDirectory);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("invalid: ", run.Error, StringComparison.Ordinal);
        Assert.EndsWith("[bad-signature]", run.Error.TrimEnd(), StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task A_bundle_without_its_sidecar_has_no_signature()
    {
        var bundle = _sandbox.WriteFile("bundle.json", StixSamples.Bundle(StixSamples.Identity()));
        await RunOkAsync("signature", "rotate", "--data", _sandbox.DataDirectory);

        var run = await _sandbox.RunAsync("signature", "verify", bundle, "--data", _sandbox.DataDirectory);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("[no-signature]", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_CAP_message_signed_in_place_verifies()
    {
        var message = _sandbox.WriteFile("alert.xml", CapSample.Message);
        await RunOkAsync("signature", "sign", message, "--data", _sandbox.DataDirectory);

        var run = await _sandbox.RunAsync("signature", "verify", message, "--data", _sandbox.DataDirectory);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("<Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\">", await File.ReadAllTextAsync(message, TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_a_CAP_file_changes_nothing_but_adding_the_signature()
    {
        var message = _sandbox.WriteFile("alert.xml", CapSample.Message);
        await RunOkAsync("signature", "sign", message, "--data", _sandbox.DataDirectory);

        var signed = await File.ReadAllTextAsync(message, TestContext.Current.CancellationToken);

        var start = signed.IndexOf("\n  <Signature ", StringComparison.Ordinal);
        var end = signed.IndexOf("</Signature>", StringComparison.Ordinal) + "</Signature>".Length;
        Assert.Equal(CapSample.Message, signed[..start] + signed[end..]);
    }

    [Fact]
    public async Task A_changed_CAP_message_fails_with_exit_1()
    {
        var message = _sandbox.WriteFile("alert.xml", CapSample.Message);
        var signed = _sandbox.PathOf("signed.xml");
        await RunOkAsync("signature", "sign", message, "--output", signed, "--data", _sandbox.DataDirectory);
        var text = await File.ReadAllTextAsync(signed, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(signed, text.Replace("Extreme", "Minor", StringComparison.Ordinal), new UTF8Encoding(false), TestContext.Current.CancellationToken);

        var run = await _sandbox.RunAsync("signature", "verify", signed, "--data", _sandbox.DataDirectory);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("[bad-signature]", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unsigned_CAP_message_has_no_signature()
    {
        var message = _sandbox.WriteFile("alert.xml", CapSample.Message);
        await RunOkAsync("signature", "rotate", "--data", _sandbox.DataDirectory);

        var run = await _sandbox.RunAsync("signature", "verify", message, "--data", _sandbox.DataDirectory);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("[no-signature]", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_the_old_key_signed_verifies_after_rotation()
    {
        var bundle = _sandbox.WriteFile("bundle.json", StixSamples.Bundle(StixSamples.Identity()));
        await RunOkAsync("signature", "sign", bundle, "--data", _sandbox.DataDirectory);
        var rotate = await RunOkAsync("signature", "rotate", "--keep-published", "30", "--data", _sandbox.DataDirectory);

        var run = await _sandbox.RunAsync("signature", "verify", bundle, "--data", _sandbox.DataDirectory);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("retired key: ", rotate.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verifying_without_any_key_set_says_where_to_get_keys()
    {
        var bundle = _sandbox.WriteFile("bundle.json", StixSamples.Bundle(StixSamples.Identity()));

        var run = await _sandbox.RunAsync("signature", "verify", bundle, "--data", _sandbox.DataDirectory);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("give --keys", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keys_fetched_from_a_running_server_verify_what_its_key_set_signed()
    {
        await using var server = await KestrelServer.StartAsync(_sandbox.DataDirectory);
        var bundle = _sandbox.WriteFile("bundle.json", StixSamples.Bundle(StixSamples.Identity()));
        var message = _sandbox.WriteFile("alert.xml", CapSample.Message);
        await RunOkAsync("signature", "sign", bundle, "--data", _sandbox.DataDirectory);
        await RunOkAsync("signature", "sign", message, "--data", _sandbox.DataDirectory);
        var elsewhere = Path.Combine(_sandbox.Root, "no-keys-here");

        var bundleRun = await _sandbox.RunAsync("signature", "verify", bundle, "--keys", server.KeysUrl.ToString(), "--data", elsewhere);
        var capRun = await _sandbox.RunAsync("signature", "verify", message, "--keys", server.KeysUrl.ToString(), "--data", elsewhere);

        Assert.True(bundleRun.ExitCode == 0 && capRun.ExitCode == 0, bundleRun + "\n" + capRun);
    }

    [Fact]
    public async Task A_JWKS_file_given_with_keys_that_lacks_the_signer_is_an_unknown_key()
    {
        await using (var server = await KestrelServer.StartAsync(Path.Combine(_sandbox.Root, "other-server")))
        {
            using var http = new HttpClient();
            _sandbox.WriteFile("other.jwks", await http.GetStringAsync(server.KeysUrl, TestContext.Current.CancellationToken));
        }

        var bundle = _sandbox.WriteFile("bundle.json", StixSamples.Bundle(StixSamples.Identity()));
        await RunOkAsync("signature", "sign", bundle, "--data", _sandbox.DataDirectory);

        var run = await _sandbox.RunAsync("signature", "verify", bundle, "--keys", _sandbox.PathOf("other.jwks"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("[unknown-key]", run.Error, StringComparison.Ordinal);
    }

    private async Task<CliRun> RunOkAsync(params string[] args)
    {
        var run = await _sandbox.RunAsync(args);
        Assert.True(run.ExitCode == 0, run.ToString());
        return run;
    }
}
