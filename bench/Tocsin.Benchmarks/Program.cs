using BenchmarkDotNet.Running;
using Tocsin.Benchmarks;
using Tocsin.Benchmarks.Taxii;

if (args.Length > 0 && args[0] == "taxii-load")
{
    return await TaxiiLoadDriver.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(RealisticStix).Assembly).Run(args);
return 0;
