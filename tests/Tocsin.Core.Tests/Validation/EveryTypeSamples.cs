using System.Text.Json.Nodes;

namespace Tocsin.Core.Tests.Validation;

/// <summary>One valid object (or more) of every type the validator knows, with its nested dictionaries, lists and
/// predefined extensions filled in (<c>Samples/every-type.json</c>, embedded), for tests that walk every property.</summary>
internal static class EveryTypeSamples
{
    private static readonly Lazy<IReadOnlyList<string>> _all = new(Load);

    /// <summary>Each sample as compact JSON text.</summary>
    public static IReadOnlyList<string> All => _all.Value;

    private static List<string> Load()
    {
        using var stream = typeof(EveryTypeSamples).Assembly.GetManifestResourceStream("Tocsin.Core.Tests.Validation.every-type.json")
            ?? throw new InvalidOperationException("The every-type.json resource is missing.");
        var array = JsonNode.Parse(stream)!.AsArray();
        return [.. array.Select(node => node!.ToJsonString())];
    }
}
