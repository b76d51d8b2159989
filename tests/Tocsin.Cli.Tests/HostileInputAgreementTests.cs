using System.Text;
using System.Text.RegularExpressions;

namespace Tocsin.Cli.Tests;

/// <summary><c>validate</c> and <c>import</c> agree on every input: what one refuses, the other refuses,
/// with a message and a rule code, never a stack trace.</summary>
public sealed partial class HostileInputAgreementTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    public static TheoryData<string, string, string?> Inputs => new()
    {
        { "lone high surrogate in a name", Sample(name: "\\ud800"), "lone-surrogate" },
        { "lone low surrogate in a name", Sample(name: "A\\udc00B"), "lone-surrogate" },
        { "high surrogate followed by a letter", Sample(name: "\\ud83dx"), "lone-surrogate" },
        { "two high surrogates", Sample(name: "\\ud83d\\ud83d"), "lone-surrogate" },
        { "lone surrogate in a property name", Sample(extra: ",\"x_\\ud800\":1"), "lone-surrogate" },
        { "lone surrogate in a nested list", Sample(extra: ",\"labels\":[\"ok\",\"\\udfff\"]"), "lone-surrogate" },
        { "lone surrogate in the id", StixSamples.Identity().Replace("f84858f4c", "f84858f4c\\ud800", StringComparison.Ordinal), "lone-surrogate" },
        { "an escaped pair is text", Sample(name: "\\ud83d\\ude00"), null },
        { "an escaped backslash before u is text", Sample(name: "\\\\ud800"), null },
        { "invalid UTF-8 in a name", Sample(name: "\u00FFbroken"), "not-utf8" },
        { "a NUL and control characters in a name", Sample(name: "a\\u0000b\\u001bc"), null },
        { "a number beyond double range", Sample(extra: ",\"x_big\":1e400"), "number-out-of-range" },
        { "nesting deeper than 128 levels", Sample(extra: ",\"x_deep\":" + new string('[', 200) + new string(']', 200)), "__any" },
        { "an unknown type with a lone surrogate", "{\"type\":\"x-\\ud800\"}", "lone-surrogate" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Validate_and_import_agree(string label, string bundle, string? expectedCode)
    {
        var file = _sandbox.PathOf("input.json");
        await File.WriteAllBytesAsync(file, Bytes(bundle), TestContext.Current.CancellationToken);

        var validate = await _sandbox.RunAsync("validate", file);
        var import = await _sandbox.RunAsync("import", file);

        Assert.DoesNotContain("   at ", validate.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", import.ToString(), StringComparison.Ordinal);
        Assert.True(validate.ExitCode == import.ExitCode, $"{label}\nvalidate: {validate}\nimport: {import}");
        var validateErrors = long.Parse(ErrorCount().Match(validate.Output).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var imported = import.Output.Contains("1 added", StringComparison.Ordinal);
        Assert.True(imported == (validateErrors == 0), $"{label}\nvalidate: {validate}\nimport: {import}");
        if (expectedCode is null)
        {
            Assert.True(validate.ExitCode == 0, $"{label}: {validate}");
        }
        else if (expectedCode == "__any")
        {
            Assert.Equal(1, validate.ExitCode);
        }
        else
        {
            Assert.Equal(1, validate.ExitCode);
            Assert.Contains($"[{expectedCode}]", validate.Error, StringComparison.Ordinal);
            Assert.Contains($"[{expectedCode}]", import.Error, StringComparison.Ordinal);
        }
    }

    private static string Sample(string name = "Example organisation", string extra = "") =>
        StixSamples.Bundle(StixSamples.Identity(name: name).TrimEnd().TrimEnd('}') + extra + "}");

    /// <summary>UTF-8 of <paramref name="text"/>, except that U+00FF stands for the single byte 0xFF,
    /// which is never valid UTF-8.</summary>
    private static byte[] Bytes(string text)
    {
        var parts = text.Split('\u00FF');
        var bytes = new List<byte>();
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                bytes.Add(0xFF);
            }

            bytes.AddRange(Encoding.UTF8.GetBytes(parts[i]));
        }

        return [.. bytes];
    }

    [GeneratedRegex(@"(\d+) error\(s\)")]
    private static partial Regex ErrorCount();
}
