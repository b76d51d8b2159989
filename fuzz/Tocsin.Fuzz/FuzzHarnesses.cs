using Tocsin.Fuzz.Harnesses;

namespace Tocsin.Fuzz;

/// <summary>Every harness, by name: the parsers that read what arrives from outside.</summary>
public static class FuzzHarnesses
{
    /// <summary>The harnesses in the order the documentation lists them.</summary>
    public static IReadOnlyList<FuzzHarness> All { get; } =
    [
        new("stix", StixHarness.Run),
        new("pattern", PatternHarness.Run),
        new("taxii-query", TaxiiQueryHarness.Run),
        new("cap", CapHarness.Run),
        new("ingest", IngestHarness.Run),
    ];

    /// <summary>The harness called <paramref name="name"/>, or null.</summary>
    public static FuzzHarness? Find(string name) =>
        All.FirstOrDefault(h => string.Equals(h.Name, name, StringComparison.Ordinal));
}
