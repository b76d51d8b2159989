namespace Tocsin.Server.Snapshot;

/// <summary>One public document as it is served: its exact bytes and the ETag computed over them once.</summary>
/// <param name="Bytes">The identity bytes (compression, when the reader asks for it, happens on the way out).</param>
/// <param name="ETag">The strong ETag of <paramref name="Bytes"/>.</param>
public sealed record PublicDocument(byte[] Bytes, string ETag);
