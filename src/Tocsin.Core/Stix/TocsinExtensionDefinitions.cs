namespace Tocsin.Core.Stix;

/// <summary>The STIX objects Tocsin publishes about its own extensions (STIX 2.1 §7.3): the identity of
/// Tocsin and the extension-definitions of <see cref="TocsinExtensions.AssertionId"/> and
/// <see cref="TocsinExtensions.TerrorismIncidentId"/>, plus the JSON Schema of each extension.</summary>
/// <remarks>The bytes are embedded in the assembly from <c>Stix/Extensions/*.json</c> and served as they are;
/// the OASIS Incident Core Extension is not Tocsin's and is not included. docs/stix-extensions.md.</remarks>
public static class TocsinExtensionDefinitions
{
    private const string ResourcePrefix = "Tocsin.Core.Stix.Extensions.";

    private static readonly Lazy<IReadOnlyList<StixObject>> _objects = new(() =>
    [
        StixObject.FromTrusted(Resource("tocsin-identity.json")),
        StixObject.FromTrusted(Resource("assertion-extension-definition.json")),
        StixObject.FromTrusted(Resource("terrorism-incident-extension-definition.json")),
    ]);

    private static readonly Lazy<IReadOnlyDictionary<string, ReadOnlyMemory<byte>>> _schemaBytes = new(() =>
        new Dictionary<string, ReadOnlyMemory<byte>>(StringComparer.Ordinal)
        {
            [TocsinExtensions.AssertionId] = Resource("assertion-extension.schema.json"),
            [TocsinExtensions.TerrorismIncidentId] = Resource("terrorism-incident-extension.schema.json"),
        });

    /// <summary>The identity of Tocsin (<see cref="TocsinExtensions.TocsinIdentityId"/>) followed by the
    /// assertion and the terrorist incident extension-definitions, which it creates. Marked TLP:CLEAR.</summary>
    public static IReadOnlyList<StixObject> All => _objects.Value;

    /// <summary>The JSON Schema (draft 2020-12) of each Tocsin extension, keyed by extension-definition id;
    /// its <c>$id</c> is the definition's <c>schema</c> URL.</summary>
    public static IReadOnlyDictionary<string, ReadOnlyMemory<byte>> Schemas => _schemaBytes.Value;

    private static byte[] Resource(string fileName)
    {
        using var stream = typeof(TocsinExtensionDefinitions).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"Embedded resource '{ResourcePrefix}{fileName}' is missing from the build.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
