namespace Tocsin.Fuzz;

/// <summary>What a replay found: how many inputs ran and those that crashed or hung.</summary>
public sealed record FuzzReplayOutcome(int Runs, IReadOnlyList<FuzzFailure> Failures);

/// <summary>An input that crashed (the exception) or hung (ran past the time limit).</summary>
public sealed record FuzzFailure(string Input, string Problem);
