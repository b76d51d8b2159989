using System.Globalization;
using System.Text;

namespace Tocsin.Testing;

/// <summary>Synthetic STIX bundles of any size: object <c>i</c> is an indicator with the id
/// <see cref="IdOf"/>(i) and a description padded to about <c>objectSize</c> bytes.</summary>
public static class GeneratedBundle
{
    /// <summary>The bundle's opening, up to and including <c>"objects":[</c>.</summary>
    public static readonly byte[] Head = Encoding.UTF8.GetBytes(
        "{\"type\":\"bundle\",\"id\":\"bundle--5d0f9d1e-6b8e-4c61-9d6c-2f7f3c1a8e40\",\"objects\":[");

    /// <summary>The bundle's closing.</summary>
    public static readonly byte[] Tail = Encoding.UTF8.GetBytes("]}");

    /// <summary>The id of object <paramref name="index"/>: a valid UUIDv4 derived from the index.</summary>
    public static string IdOf(int index) =>
        $"indicator--{index.ToString("x8", CultureInfo.InvariantCulture)}-0000-4000-8000-000000000000";

    /// <summary>The JSON of object <paramref name="index"/>, about <paramref name="objectSize"/> bytes long.</summary>
    public static byte[] Object(int index, int objectSize = 300)
    {
        var head = "{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"" + IdOf(index)
            + "\",\"created\":\"2024-01-01T00:00:00.000Z\",\"modified\":\"2024-01-01T00:00:00.000Z\""
            + ",\"pattern\":\"[ipv4-addr:value = '198.51.100.7']\",\"pattern_type\":\"stix\""
            + ",\"valid_from\":\"2024-01-01T00:00:00Z\",\"confidence\":" + (index % 101).ToString(CultureInfo.InvariantCulture)
            + ",\"description\":\"";
        var padding = Math.Max(objectSize - head.Length - 2, 1);
        return Encoding.UTF8.GetBytes(head + new string('x', padding) + "\"}");
    }

    /// <summary>A whole bundle of <paramref name="count"/> objects in memory.</summary>
    public static byte[] Bytes(int count, int objectSize = 300)
    {
        using var stream = new GeneratedBundleStream(count, objectSize);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
