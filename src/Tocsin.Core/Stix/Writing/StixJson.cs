using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Tocsin.Core.Stix.Writing;

/// <summary>How Tocsin writes the JSON of the objects it creates.</summary>
internal static class StixJson
{
    /// <summary>Compact, and non-ASCII text written as is: STIX JSON is not embedded in HTML, so the
    /// default encoder's escaping of '+', '&lt;' or accented letters would only make it harder to read.</summary>
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>The bytes <paramref name="write"/> produces.</summary>
    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
