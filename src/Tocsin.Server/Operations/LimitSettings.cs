namespace Tocsin.Server.Operations;

/// <summary>Request limits (section <c>Tocsin:Limits</c>; the table in docs/operations.md "Limits"). TAXII's own limits
/// are <c>Tocsin:Taxii:MaxContentLength</c> and <c>Tocsin:Taxii:MaxObjectsPerEnvelope</c>.</summary>
public sealed record LimitSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Tocsin:Limits";

    /// <summary>The largest request body outside TAXII, in bytes: 413 beyond.</summary>
    public long MaxRequestBodyBytes { get; init; } = 30_000_000;

    /// <summary>The deepest nesting of arrays and objects in a JSON body of the API: 400 beyond.</summary>
    public int MaxJsonDepth { get; init; } = 32;

    /// <summary>The longest string (or property name) in a JSON body of the API, in bytes as sent: 413 beyond. The
    /// longest legitimate one is a report's text sent to ingest (up to 10 MiB).</summary>
    public int MaxJsonStringBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>The most items of one array in a JSON body of the API: 413 beyond.</summary>
    public int MaxJsonArrayLength { get; init; } = 10_000;

    /// <summary>How many requests one set of credentials (a user, a partner, an API key's principal) may have in
    /// progress at once on authenticated paths: 429 with <c>Retry-After</c> beyond. Public paths are never limited.</summary>
    public int ConcurrentRequestsPerCredential { get; init; } = 32;

    /// <summary>Throws when a limit is not a positive number: bad configuration fails at start-up.</summary>
    public void Validate()
    {
        if (MaxRequestBodyBytes < 1024 || MaxJsonDepth < 2 || MaxJsonStringBytes < 1 || MaxJsonArrayLength < 1 || ConcurrentRequestsPerCredential < 1)
        {
            throw new InvalidOperationException(
                "Tocsin:Limits: MaxRequestBodyBytes must be at least 1024, MaxJsonDepth at least 2, and every other limit at least 1.");
        }
    }
}
