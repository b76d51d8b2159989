namespace Tocsin.Core.Stix.Patterning;

/// <summary>Why a STIX pattern is malformed, and where.</summary>
/// <param name="Position">0-based character offset in the pattern where the problem starts.</param>
/// <param name="Message">What is wrong, in words.</param>
public sealed record PatternError(int Position, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"at character {Position + 1}: {Message}";
}
