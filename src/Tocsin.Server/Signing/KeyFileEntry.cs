namespace Tocsin.Server.Signing;

/// <summary>One key in <c>keys/keyset.json</c>.</summary>
internal sealed record KeyFileEntry
{
    public required string Kid { get; init; }

    public required DateTimeOffset Created { get; init; }

    public DateTimeOffset? Retired { get; init; }

    public DateTimeOffset? PublishedUntil { get; init; }
}
