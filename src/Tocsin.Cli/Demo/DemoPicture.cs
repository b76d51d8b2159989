using System.Text;
using System.Text.Json;
using Tocsin.Core.Principals;
using Tocsin.Core.Stix;

namespace Tocsin.Cli.Demo;

/// <summary>The demonstration scenario loaded by <c>serve --demo</c>: the March 2024 model case of
/// DESIGN as one STIX 2.1 bundle (embedded <c>Demo/model-case-2024.json</c>) and one user per role.
/// Contents: docs/demo.md.</summary>
public static class DemoPicture
{
    /// <summary>The identity of the demo's own organisation ("Tocsin demo — national counter-terrorism
    /// coordination unit"): the <c>created_by_ref</c> of every object of the picture, and the identity
    /// a demo server should use for objects its users create.</summary>
    public const string OrganizationId = "identity--fc441a30-7ac0-457b-800a-ab1fd136ebed";

    private const string BundleResource = "Tocsin.Cli.Demo.model-case-2024.json";

    private static readonly Lazy<byte[]> _bundle = new(ReadBundle);

    private static readonly Lazy<IReadOnlyList<StixObject>> _objects = new(SplitBundle);

    /// <summary>analyst <c>ana</c>, approver <c>paul</c>, watch officer <c>wanda</c>, admin <c>admin</c>.</summary>
    public static IReadOnlyList<DemoUser> Users { get; } =
    [
        new("ana", Role.Analyst, "demo-analyst"),
        new("paul", Role.Approver, "demo-approver"),
        new("wanda", Role.WatchOfficer, "demo-watch"),
        new("admin", Role.Admin, "demo-admin"),
    ];

    /// <summary>The bundle file exactly as embedded, for importers that read bundles
    /// (<see cref="StixBundleReader"/>).</summary>
    public static ReadOnlyMemory<byte> Bundle() => _bundle.Value;

    /// <summary>Every object of the bundle, in bundle order, each with its own exact bytes: TLP markings
    /// first, then Tocsin's extension definitions, then the picture.</summary>
    public static IReadOnlyList<StixObject> Objects() => _objects.Value;

    private static byte[] ReadBundle()
    {
        using var stream = typeof(DemoPicture).Assembly.GetManifestResourceStream(BundleResource)
            ?? throw new InvalidOperationException($"Embedded resource '{BundleResource}' is missing from the build.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static List<StixObject> SplitBundle()
    {
        using var document = JsonDocument.Parse(_bundle.Value);
        var objects = new List<StixObject>();
        foreach (var item in document.RootElement.GetProperty("objects").EnumerateArray())
        {
            objects.Add(StixObject.FromTrusted(Encoding.UTF8.GetBytes(item.GetRawText())));
        }

        return objects;
    }
}
