namespace Tocsin.Cli;

/// <summary>The configured database cannot be opened as configured: an operator's setting, reported in one line.</summary>
public sealed class CliStoreException(string message) : Exception(message);
