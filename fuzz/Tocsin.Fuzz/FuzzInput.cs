namespace Tocsin.Fuzz;

/// <summary>One input for a harness and where it comes from (a file, or a mutation of one).</summary>
public sealed record FuzzInput(string Name, byte[] Bytes);
