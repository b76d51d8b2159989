using System.Globalization;
using System.Threading;

namespace Tocsin.Testing;

/// <summary>Unique values for tests, so that tests never collide on names or ids.</summary>
public static class Some
{
    private static int _counter;

    /// <summary>A new STIX id of <paramref name="type"/> with a random UUIDv4.</summary>
    public static string StixId(string type) => $"{type}--{Guid.NewGuid():D}";

    /// <summary>Unique short text with an optional prefix.</summary>
    public static string Text(string prefix = "text") =>
        $"{prefix}-{Interlocked.Increment(ref _counter).ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>A unique lower-case alias usable as a collection alias or user name.</summary>
    public static string Alias(string prefix = "a") => Text(prefix).ToLowerInvariant();
}
