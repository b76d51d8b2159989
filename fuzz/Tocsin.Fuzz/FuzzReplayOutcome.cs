namespace Tocsin.Fuzz;

/// <summary>What a replay found: how many inputs ran and those that crashed or hung.</summary>
public sealed record FuzzReplayOutcome(int Runs, IReadOnlyList<FuzzFailure> Failures);

/// <summary>An input that crashed (the exception) or hung (ran past the time limit), with its bytes so that it can
/// be kept in the corpus.</summary>
public sealed record FuzzFailure(string Input, string Problem, byte[] Bytes);
