using BenchmarkDotNet.Running;

if (args is ["plan-latency", ..])
{
    return await Tocsin.Benchmarks.Plan.PlanLatency.RunAsync(args[1..]);
}

// Tocsin.Server (referenced for plan-latency) has its own Program: name this assembly by one of its types.
BenchmarkSwitcher.FromAssembly(typeof(Tocsin.Benchmarks.Plan.PlanLatency).Assembly).Run(args);
return 0;
