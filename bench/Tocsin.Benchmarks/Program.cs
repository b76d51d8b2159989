using BenchmarkDotNet.Running;
using Tocsin.Benchmarks;
using Tocsin.Benchmarks.Taxii;

// Load drivers (end-to-end, not BenchmarkDotNet) are chosen by their first argument.
if (args is ["webhook-fanout", ..])
{
    await Tocsin.Benchmarks.Webhooks.WebhookFanOutDriver.RunAsync();
    return 0;
}

if (args is ["plan-latency", ..])
{
    return await Tocsin.Benchmarks.Plan.PlanLatency.RunAsync(args[1..]);
}

if (args is ["write-bundle", var countText, var path])
{
    // A file for whole-process measurements such as `tocsin validate` (see docs/benchmarks.md).
    var objects = RealisticStix.Objects(int.Parse(countText, System.Globalization.CultureInfo.InvariantCulture));
    await File.WriteAllBytesAsync(path, RealisticStix.Bundle(objects));
    return 0;
}

if (args is ["import-load", ..])
{
    return await Tocsin.Benchmarks.Import.ImportLoadDriver.RunAsync(args[1..]);
}

if (args is ["search-load", ..])
{
    return await Tocsin.Benchmarks.Search.SearchLoadDriver.RunAsync(args[1..]);
}

if (args is ["soak", ..])
{
    return await Tocsin.Benchmarks.Soak.SoakDriver.RunAsync(args[1..]);
}

if (args is ["taxii-load", ..])
{
    return await TaxiiLoadDriver.RunAsync(args[1..]);
}

if (args is ["taxii-write", ..])
{
    return await TaxiiWriteDriver.RunAsync(args[1..]);
}

// Not typeof(Program): the Server reference brings its own Program type.
BenchmarkSwitcher.FromAssembly(typeof(RealisticStix).Assembly).Run(args);
return 0;
