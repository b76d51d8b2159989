using System.Text;

namespace Tocsin.Cli.Tests;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task A_valid_bundle_passes_with_a_summary_line()
    {
        var file = _sandbox.WriteFile("good.json", StixSamples.Bundle(StixSamples.Identity()));

        var run = await _sandbox.RunAsync("validate", file);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("1 object(s), 0 error(s)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_single_object_file_is_validated_too()
    {
        var file = _sandbox.WriteFile("one.json", StixSamples.Identity());

        var run = await _sandbox.RunAsync("validate", file);

        Assert.True(run.ExitCode == 0, run.ToString());
    }

    [Fact]
    public async Task Problems_are_printed_like_a_compiler_and_exit_1()
    {
        var file = _sandbox.WriteFile("bad.json", StixSamples.Bundle(StixSamples.Identity(), StixSamples.BadIdObject));

        var run = await _sandbox.RunAsync("validate", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{file}: malware--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f: $.id: error:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_is_one_clear_line()
    {
        var run = await _sandbox.RunAsync("validate", _sandbox.PathOf("nope.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{_sandbox.PathOf("nope.json")}: no such file", run.Error.Trim());
    }

    [Fact]
    public async Task A_directory_is_refused()
    {
        var run = await _sandbox.RunAsync("validate", _sandbox.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is a directory", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"type\":\"bundle\",\"objects\":[{\"type\":\"identity\"")]
    public async Task Text_that_is_not_STIX_gets_a_message_not_a_stack_trace(string content)
    {
        var file = _sandbox.WriteFile("junk.json", content);

        var run = await _sandbox.RunAsync("validate", file);

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.StartsWith($"{file}: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_UTF16_file_is_refused_as_wrong_encoding()
    {
        var file = _sandbox.WriteFile("utf16.json", StixSamples.Identity(), new UnicodeEncoding(bigEndian: false, byteOrderMark: true));

        var run = await _sandbox.RunAsync("validate", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("UTF-8", run.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_2GB_file_of_zeros_is_refused_quickly_without_reading_it_into_memory()
    {
        var file = _sandbox.PathOf("huge.json");
        using (var stream = File.Create(file))
        {
            stream.SetLength(2L * 1024 * 1024 * 1024); // sparse: no disk blocks are written
        }

        var run = await _sandbox.RunAsync("validate", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.Error.Trim().Split('\n'));
    }

    [Fact] // #21: values of the wrong JSON type once ended the process with an unhandled exception
    public async Task Values_of_the_wrong_json_type_are_errors_and_the_next_file_is_still_read()
    {
        var odd = _sandbox.WriteFile("odd.json", StixSamples.Bundle(
            """{"type":"marking-definition","spec_version":"2.1","id":"marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9","created":"2017-01-20T00:00:00.000Z","definition_type":"tlp","definition":{"tlp":21}}""",
            """{"type":"marking-definition","spec_version":"2.1","id":"marking-definition--4a0042fe-8b88-40fe-9600-dfa128ce6fbd","created":"2017-01-20T00:00:00.000Z","definition_type":7,"definition":{"statement":"x"}}""",
            """{"type":"indicator","spec_version":"2.1","id":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","created":"2024-03-24T10:00:00.000Z","modified":"2024-03-24T10:00:00.000Z","pattern":"[ipv4-addr:value = '198.51.100.7']","pattern_type":["stix"],"valid_from":"2024-03-24T10:00:00Z"}""",
            """{"type":"extension-definition","spec_version":"2.1","id":"extension-definition--d83fce45-ef58-4c6c-a3f4-1fbc32e98c6e","created_by_ref":"identity--11b76a96-5d2b-45e0-8a5a-f6994f370731","created":"2014-02-20T09:16:08.989Z","modified":"2014-02-20T09:16:08.989Z","name":"x","schema":"s","version":"1","extension_types":[5],"extension_properties":["p"]}"""));
        var good = _sandbox.WriteFile("good.json", StixSamples.Bundle(StixSamples.Identity()));

        var run = await _sandbox.RunAsync("validate", odd, good);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("2 file(s), 5 object(s), 4 error(s)", run.Output, StringComparison.Ordinal);
        Assert.Contains("[tlp-instance]", run.Error, StringComparison.Ordinal);
        Assert.Contains("$.definition_type: error:", run.Error, StringComparison.Ordinal);
        Assert.Contains("$.pattern_type: error:", run.Error, StringComparison.Ordinal);
        Assert.Contains("$.extension_types[0]: error:", run.Error, StringComparison.Ordinal);
    }
}
