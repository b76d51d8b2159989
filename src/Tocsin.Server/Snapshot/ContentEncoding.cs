namespace Tocsin.Server.Snapshot;

/// <summary>The codings a public document is kept in.</summary>
public enum ContentEncoding
{
    /// <summary>The bytes as they are.</summary>
    Identity,

    /// <summary><c>br</c> (RFC 7932).</summary>
    Brotli,

    /// <summary><c>gzip</c> (RFC 9110 §8.4.1.3).</summary>
    Gzip,
}
