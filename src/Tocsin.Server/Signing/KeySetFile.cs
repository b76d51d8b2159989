namespace Tocsin.Server.Signing;

/// <summary>The shape of <c>keys/keyset.json</c>: which key signs, and when each key was created,
/// retired and published until. Private keys are not in it; each is in <c>keys/{kid}.pem</c>.</summary>
internal sealed record KeySetFile
{
    public required string Current { get; init; }

    public required IReadOnlyList<KeyFileEntry> Keys { get; init; }
}
