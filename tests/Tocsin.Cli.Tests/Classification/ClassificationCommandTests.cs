namespace Tocsin.Cli.Tests.Classification;

/// <summary><c>tocsin marking</c> and <c>tocsin user clearance</c>: markings created once, bad input refused with
/// nothing written, clearances granted, shown and revoked.</summary>
public sealed class ClassificationCommandTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    // The sandbox adds --data to the commands it knows touch the store; the others get it here.
    private Task<CliRun> RunAsync(params string[] args) =>
        args[0] is "marking" or "partner" ? _sandbox.RunAsync([.. args, "--data", _sandbox.DataDirectory]) : _sandbox.RunAsync(args);

    [Fact]
    public async Task A_marking_is_added_once_and_listed()
    {
        await RunAsync("collection", "add", "picture");

        var added = await RunAsync("marking", "add", "--classification", "diffusion restreinte");
        var again = await RunAsync("marking", "add", "--classification", "DIFFUSION RESTREINTE");
        var compartment = await RunAsync("marking", "add", "--compartment", "op nord", "--collection", "picture");
        var list = await RunAsync("marking", "list");

        Assert.True(added.ExitCode == 0, added.ToString());
        Assert.StartsWith("added\tmarking-definition--", added.Output, StringComparison.Ordinal);
        Assert.StartsWith("exists\t" + added.Output.Split('\t')[1], again.Output, StringComparison.Ordinal);
        Assert.True(compartment.ExitCode == 0, compartment.ToString());
        Assert.Contains("\tclassification\tDIFFUSION RESTREINTE", list.Output, StringComparison.Ordinal);
        Assert.Contains("\tcompartment\tOP NORD", list.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--classification", "COSMIC", "classification-level-unknown")]
    [InlineData("--caveat", "MARS ONLY", "caveat-unknown")]
    [InlineData("--compartment", "op/nord", "compartment-name-invalid")]
    public async Task A_bad_marking_is_refused_and_nothing_is_listed(string option, string value, string code)
    {
        await RunAsync("collection", "add", "picture");

        var added = await RunAsync("marking", "add", option, value);
        var list = await RunAsync("marking", "list");

        Assert.Equal(1, added.ExitCode);
        Assert.Contains(code, added.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, list.Output.Trim());
    }

    [Fact]
    public async Task A_clearance_is_granted_shown_and_revoked()
    {
        await RunAsync("collection", "add", "picture");
        await RunAsync("marking", "add", "--compartment", "OP NORD");
        await RunAsync("user", "add", "ana", "--role", "analyst");

        var initial = await RunAsync("user", "clearance", "ana");
        var granted = await RunAsync("user", "clearance", "ana", "--level", "secret", "--compartment", "op nord");
        var unknown = await RunAsync("user", "clearance", "ana", "--level", "SECRET", "--compartment", "OP SUD");
        var shown = await RunAsync("user", "clearance", "ana");
        var revoked = await RunAsync("user", "clearance", "ana", "--revoke");

        Assert.Contains("level\tNON PROTÉGÉ", initial.Output, StringComparison.Ordinal);
        Assert.True(granted.ExitCode == 0, granted.ToString());
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("compartment-unknown", unknown.Error, StringComparison.Ordinal);
        Assert.Contains("level\tSECRET\ncompartments\tOP NORD", shown.Output, StringComparison.Ordinal);
        Assert.Contains("level\tNON PROTÉGÉ\ncompartments\t\n", revoked.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partner_has_no_clearance()
    {
        await RunAsync("partner", "add", "bfv", "--country", "DEU", "--ceiling", "green");

        var refused = await RunAsync("user", "clearance", "bfv", "--level", "SECRET");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("not-a-staff-member", refused.Error, StringComparison.Ordinal);
    }
}
