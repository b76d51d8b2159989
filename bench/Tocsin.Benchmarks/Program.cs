using BenchmarkDotNet.Running;

if (args is ["webhook-fanout", ..]) { await Tocsin.Benchmarks.Webhooks.WebhookFanOutDriver.RunAsync(); return; }

// Not typeof(Program): the Server reference brings its own Program type.
BenchmarkSwitcher.FromAssembly(typeof(Tocsin.Benchmarks.SqliteImportBenchmarks).Assembly).Run(args);
