namespace Tocsin.Fuzz;

/// <summary>One fuzzing target: a production parsing path fed arbitrary bytes.</summary>
/// <param name="Name">The name given on the command line (<c>fuzz/run.sh NAME …</c>) and the corpus folder's name.</param>
/// <param name="Run">Runs one input. Returning normally is success, whether the code accepted the input or refused it
/// through its documented rejection (an error value); any exception is a crash.</param>
public sealed record FuzzHarness(string Name, Action<byte[]> Run);
